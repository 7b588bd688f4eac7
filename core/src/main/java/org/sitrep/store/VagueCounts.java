// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.store;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.common.Tsv;
import org.sitrep.model.Count;
import org.sitrep.model.Qualifier;

/**
 * The one policy for vague counts (docs/output.md), used by events.jsonl ({@code lower_bound}), events.csv,
 * the situation report and the web UI. A vague count never has a value. When its words name a magnitude
 * ("tens", "dozens", "scores", "hundreds", "thousands", ...) it has a lower bound, the smallest number of that
 * magnitude from {@code lexicon/vague-counts.tsv}; words without a magnitude ("a few", "several", "many",
 * "large numbers of", "an unknown number of") have none, so no output turns them into a number.
 */
public final class VagueCounts {
    /** Lexicon values below this are the conventional readings of plurals without a magnitude, not bounds. */
    static final int SMALLEST_MAGNITUDE = 10;

    private static final Map<String, Integer> MAGNITUDES = magnitudes();

    private VagueCounts() {
    }

    private static Map<String, Integer> magnitudes() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String[] r : Tsv.read("/lexicon/vague-counts.tsv")) {
            int v = Integer.parseInt(r[1].trim());
            if (v >= SMALLEST_MAGNITUDE) {
                m.put(r[0].trim().toLowerCase(Locale.ROOT), v);
            }
        }
        return Map.copyOf(m);
    }

    /**
     * The lower bound the words of a vague count guarantee, or null: for a count with a value, one without
     * words, or words without a magnitude. The longest matching expression at the start of the words wins,
     * so "tens of thousands of people" is 10,000 and "several hundred" (a small plural before a magnitude)
     * is read from its magnitude word, 100.
     */
    public static Long lowerBound(Count c) {
        if (c == null || c.value() != null || c.qualifier() != Qualifier.VAGUE || c.text() == null) {
            return null;
        }
        String text = c.text().toLowerCase(Locale.ROOT).strip();
        Integer best = null;
        int bestLen = -1;
        for (int start = 0; start >= 0 && start < text.length(); start = next(text, start)) {
            for (Map.Entry<String, Integer> e : MAGNITUDES.entrySet()) {
                String k = e.getKey();
                if (text.startsWith(k, start) && (text.length() == start + k.length() || text.charAt(start + k.length()) == ' ')
                        && k.length() > bestLen) {
                    best = e.getValue();
                    bestLen = k.length();
                }
            }
            if (best != null) {
                break; // the first word that names a magnitude decides
            }
        }
        return best == null ? null : best.longValue();
    }

    private static int next(String text, int from) {
        int i = text.indexOf(' ', from);
        return i < 0 ? -1 : i + 1;
    }

    /**
     * The figure every output shows for a count: its value, the lower bound of vague words with a magnitude,
     * or null (no number: only the words).
     */
    public static Long figure(Count c) {
        if (c == null) {
            return null;
        }
        return c.value() != null ? c.value() : lowerBound(c);
    }
}
