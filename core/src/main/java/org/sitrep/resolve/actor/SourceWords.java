package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.common.Tsv;

/**
 * The word lists of source normalization: role words ({@code source-roles.tsv}), the kinds the last words of an
 * unknown source suggest ({@code source-kind-suffixes.tsv}) and ministry subjects ({@code ministry-words.tsv}).
 * Immutable and thread-safe.
 */
final class SourceWords {
    static final String ROLES = "/actors/source-roles.tsv";
    static final String KIND_SUFFIXES = "/actors/source-kind-suffixes.tsv";
    static final String MINISTRY_WORDS = "/actors/ministry-words.tsv";

    private record KindSuffix(String words, String kind) {
    }

    /** Role words: "spokesman", "head" ... */
    final Set<String> roles;
    private final List<KindSuffix> kindSuffixes;
    private final Map<String, String> ministryWords;

    SourceWords() {
        roles = Tsv.words(ROLES);
        List<KindSuffix> k = new ArrayList<>();
        for (Tsv.Row row : Tsv.read(KIND_SUFFIXES, 2)) {
            if (!SourceTable.KINDS.contains(row.get(1))) {
                throw new IllegalStateException(KIND_SUFFIXES + ":" + row.line() + ": unknown source kind '"
                        + row.get(1) + "'");
            }
            k.add(new KindSuffix(row.get(0).toLowerCase(Locale.ROOT), row.get(1)));
        }
        kindSuffixes = List.copyOf(k);
        Map<String, String> m = new HashMap<>();
        for (Tsv.Row row : Tsv.read(MINISTRY_WORDS, 2)) {
            m.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1));
        }
        ministryWords = Map.copyOf(m);
    }

    /** The kind the phrase's last words suggest (the first row, in file order, that ends it), else "unknown". */
    String guessKind(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        for (KindSuffix e : kindSuffixes) {
            if (l.equals(e.words()) || l.endsWith(" " + e.words())) {
                return e.kind();
            }
        }
        return "unknown";
    }

    /** The name a ministry subject takes ("defense" -> "Defence"), or null when it is only capitalised. */
    String ministryWord(String subject) {
        return ministryWords.get(subject);
    }
}
