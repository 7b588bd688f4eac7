package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;

/**
 * The word lists of source normalization: role words ({@code source-roles.tsv}) and the prepositions after them
 * ({@code role-prepositions.tsv}), the particles of a person's name ({@code name-particles.tsv}), the kinds the last
 * words of an unknown source suggest ({@code source-kind-suffixes.tsv}) and ministry subjects
 * ({@code ministry-words.tsv}).
 * Immutable and thread-safe.
 */
final class SourceWords {
    static final String ROLES = "/actors/source-roles.tsv";
    static final String KIND_SUFFIXES = "/actors/source-kind-suffixes.tsv";
    static final String MINISTRY_WORDS = "/actors/ministry-words.tsv";
    static final String ROLE_PREPOSITIONS = "/actors/role-prepositions.tsv";
    static final String NAME_PARTICLES = "/actors/name-particles.tsv";

    private record KindSuffix(String words, SourceKind kind) {
    }

    /** Role words: "spokesman", "head" ... */
    final Set<String> roles;
    /** "of", "for", "at": between a role and its organisation. */
    final Set<String> rolePrepositions;
    /** A person's name: capitalised words and the particles of {@code name-particles.tsv} ("Abu Mohammed al-Jolani"). */
    final Pattern person;
    private final List<KindSuffix> kindSuffixes;
    private final Map<String, String> ministryWords;

    SourceWords() {
        roles = Tsv.words(ROLES);
        rolePrepositions = Tsv.words(ROLE_PREPOSITIONS);
        List<String> particles = new ArrayList<>();
        for (String w : Tsv.words(NAME_PARTICLES)) {
            particles.add(Pattern.quote(w));
        }
        person = Pattern.compile("(?:(?:\\p{Lu}[\\p{L}'.-]*|(?:" + String.join("|", particles)
                + ")(?:-[\\p{L}'-]+)?)\\s*)+");
        List<KindSuffix> k = new ArrayList<>();
        for (Tsv.Row row : Tsv.read(KIND_SUFFIXES, 2)) {
            SourceKind kind = SourceKind.listed(row.get(1)).orElseThrow(() -> new IllegalStateException(KIND_SUFFIXES
                    + ":" + row.line() + ": unknown source kind '" + row.get(1) + "' (the kinds are those of SourceKind)"));
            k.add(new KindSuffix(row.get(0).toLowerCase(Locale.ROOT), kind));
        }
        kindSuffixes = List.copyOf(k);
        Map<String, String> m = new HashMap<>();
        for (Tsv.Row row : Tsv.read(MINISTRY_WORDS, 2)) {
            m.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1));
        }
        ministryWords = Map.copyOf(m);
    }

    /** The kind the phrase's last words suggest (the first row, in file order, that ends it), else unknown. */
    SourceKind guessKind(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        for (KindSuffix e : kindSuffixes) {
            if (l.equals(e.words()) || l.endsWith(" " + e.words())) {
                return e.kind();
            }
        }
        return SourceKind.UNKNOWN;
    }

    /** The name a ministry subject takes ("defense" -> "Defence"), or null when it is only capitalised. */
    String ministryWord(String subject) {
        return ministryWords.get(subject);
    }
}
