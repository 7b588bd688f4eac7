// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import java.util.Set;
import org.sitrep.common.Tsv;
import org.sitrep.model.Place;
import org.sitrep.resolve.place.Gazetteer;

/**
 * A place name without the linking word a writer put inside it ({@code name-links.tsv}): "San Pedro de X" for a town
 * the gazetteer lists as "San Pedro X". Stateless.
 */
final class NameLinks {
    private static final Set<String> LINKS = Tsv.words("/lexicon/name-links.tsv");

    private NameLinks() {
    }

    /**
     * The name without its one linking word, when the word stands between two capitalised words ("San Andres de
     * Tuxtla" gives "San Andres Tuxtla"); null when the name holds no such word, or more than one.
     */
    static String unlinked(String text) {
        String[] words = text.strip().split("\\s+");
        int at = -1;
        for (int i = 1; i < words.length - 1; i++) {
            if (LINKS.contains(words[i]) && capitalised(words[i - 1]) && capitalised(words[i + 1])) {
                if (at >= 0) {
                    return null;
                }
                at = i;
            }
        }
        if (at < 0) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i != at) {
                out.append(out.length() == 0 ? "" : " ").append(words[i]);
            }
        }
        return out.toString();
    }

    /** Whether a place is listed under the name: its own or an alternate, not a close spelling of either. */
    static boolean listedAs(Place p, String name) {
        String key = Gazetteer.fold(name);
        return Gazetteer.fold(p.name()).equals(key) || p.aliases().stream().anyMatch(a -> Gazetteer.fold(a).equals(key));
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
