package org.sitrep.resolve.actor;

import java.util.List;
import java.util.Locale;

/**
 * A source named by a person's role in it: "Observatory head Rami Abdel Rahman", "a spokesman for X", "Y, head of the
 * Z centre", "a W spokesman" are the organisation, when it is a recognised source, with the person kept apart. Role
 * words, their prepositions and the particles of a person's name are {@link SourceWords}'. Immutable and thread-safe.
 */
final class SourceRoles {

    /** Recognises an organisation phrase as a source (the normalizer's rules, one level deeper), or null. */
    interface Recognizer {
        SourceRef known(String s, String hint, int depth);
    }

    private final SourceTable table;
    private final SourceWords lexicon;

    SourceRoles(SourceTable table, SourceWords words) {
        this.table = table;
        this.lexicon = words;
    }

    /**
     * "Observatory director Rami Abdel Rahman", "an Ahrar al-Sham official", "Colonel Ivan Petrov, who leads
     * the Russian reconciliation centre", "a Hezbollah spokesman": the organisation, when it is recognised.
     */
    SourceRef role(String s, String hint, int depth, Recognizer known) {
        String[] words = s.split(" ");
        int[] starts = new int[words.length];
        for (int i = 0, pos = 0; i < words.length; i++) {
            starts[i] = pos;
            pos += words[i].length() + 1;
        }
        for (int r = 0; r < words.length; r++) {
            String w = words[r].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
            if (!lexicon.roles.contains(w)) {
                continue;
            }
            // "<role> of/for/at <Org>", optionally after "<Person>, "
            if (r + 2 < words.length && lexicon.rolePrepositions.contains(words[r + 1].toLowerCase(Locale.ROOT))) {
                String org = SourceText.clean(s.substring(starts[r + 2]));
                SourceRef o = knownOrg(org, hint, depth, known);
                if (o != null) {
                    return new SourceRef(o.name(), o.kind(), personBefore(s.substring(0, starts[r])));
                }
            }
            // "<Org> <role> <Person>", "<Org> <role>", "<Org>'s <role>", "<Org> military spokesman"
            if (r > 0) {
                String person = r + 1 < words.length ? s.substring(starts[r + 1]).strip() : null;
                if (person != null && (!lexicon.person.matcher(person).matches() || table.contained(person) != null)) {
                    continue; // "Iran's official IRNA news agency": not a role followed by a name
                }
                String before = s.substring(0, starts[r]).strip();
                String personPrefix = null;
                int comma = before.lastIndexOf(',');
                if (comma > 0) {
                    personPrefix = before.substring(0, comma).strip();
                    before = before.substring(comma + 1).strip();
                }
                for (String org : List.of(before, SourceText.dropLastWord(before))) {
                    org = SourceText.clean(SourceText.stripPossessive(org));
                    if (org.isEmpty()) {
                        continue;
                    }
                    SourceRef o = knownOrg(org, hint, depth, known);
                    if (o != null) {
                        String p = person != null ? person : personPrefix;
                        return new SourceRef(o.name(), o.kind(), p == null || p.isEmpty() ? null : p);
                    }
                }
            }
        }
        return null;
    }

    /** An organisation in a role phrase: a recognised source, not a bare description like "officials". */
    private static SourceRef knownOrg(String org, String hint, int depth, Recognizer known) {
        SourceRef o = known.known(org, hint, depth + 1);
        if (o == null || o.kind() == SourceKind.ANONYMOUS || o.kind() == SourceKind.OFFICIAL || o.kind() == SourceKind.WITNESS) {
            return null;
        }
        return o;
    }

    private static String personBefore(String s) {
        String p = s.strip();
        p = SourceText.trimTrailing(p);
        p = p.replaceFirst("(?i)\\s*,?\\s*(?:the|a|an)?\\s*(?:deputy|acting|former|media|military)?$", "").strip();
        return p.isEmpty() || !Character.isUpperCase(p.codePointAt(0)) ? null : p;
    }
}
