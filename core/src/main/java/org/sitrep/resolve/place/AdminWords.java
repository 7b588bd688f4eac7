// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.List;

/**
 * The administrative words around a region's name in GeoNames and in news copy ("Borno State", "Province of Cebu",
 * "Muhafazat Hadramaout"), removed so that the name alone also matches. Stateless.
 */
final class AdminWords {

    private AdminWords() { }

    /**
     * A district's name as reports write it: GeoNames' name without the kind word and particles it starts with
     * ("Province of Cebu" is Cebu, "Commune of Rugombo" Rugombo, "Provincia di Como" Como); a name that does not
     * start with one, or is nothing else, is returned as it is ("Kaimur District" keeps its own: a trailing kind word
     * is how the press writes a district too).
     */
    static String districtName(String name) {
        String[] words = name.strip().split("\\s+");
        int i = 0;
        while (i < words.length - 1 && leadingAdminWord(Names.fold(words[i]))) {
            i++;
            while (i < words.length - 1 && particleAfterAdminWord(Names.fold(words[i]))) {
                i++;
            }
        }
        return i == 0 || i >= words.length ? name : String.join(" ", List.of(words).subList(i, words.length));
    }

    private static boolean leadingAdminWord(String folded) {
        return PlaceWords.isAdminPrefix(folded) || PlaceWords.kind(folded) == PlaceWords.Kind.REGION;
    }

    private static boolean particleAfterAdminWord(String folded) {
        return "of".equals(folded) || PlaceWords.isParticle(folded) && !Names.ARTICLES.contains(folded);
    }

    /**
     * Removes administrative words around an admin1 name so that the name as news copy uses it
     * also matches: "borno state" -> "borno", "muhafazat hadramaout" -> "hadramaout",
     * "central ethiopia regional state" -> "central ethiopia", "province of cebu" -> "cebu". Returns null if nothing
     * was removed.
     */
    static String stripAdminWords(String key) {
        List<String> words = new ArrayList<>(List.of(key.split(" ")));
        int before = words.size();
        while (words.size() > 1 && (PlaceWords.kind(words.get(words.size() - 1)) == PlaceWords.Kind.REGION
                || "city".equals(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        // "Province de la Comoé", "Provincia di Como", "Municipio de Jalpa": a leading kind word and its particles
        while (words.size() > 1 && leadingAdminWord(words.get(0))) {
            words.remove(0);
            // "Province of Cebu", "Commune of X": the English "of" after a leading kind word goes too
            while (words.size() > 1 && particleAfterAdminWord(words.get(0))) {
                words.remove(0);
            }
        }
        if (words.size() > 2 && "of".equals(words.get(0))) {
            words.remove(0);
        }
        return words.size() == before ? null : String.join(" ", words);
    }
}
