package org.sitrep.common;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The pronouns of lexicon/pronouns.tsv by their use: one list read by the extract and resolve stages. */
public final class Pronouns {
    /** What a pronoun stands for, as a component reads it. */
    public enum Use {
        /** one person, counted when harmed */
        PERSON,
        /** a group of people, a protest's crowd when arrested */
        GROUP,
        /** the subject of a speech verb pointing back to an earlier source */
        SPEAKER,
        /** an actor named elsewhere, which the actor resolver does not look up */
        ACTOR,
        /** the first person: in a quotation, the quoted speaker ("\"We deny firing,\" the group said") */
        SELF
    }

    private static final Map<Use, Set<String>> BY_USE = load();

    private Pronouns() {
    }

    /** The pronouns (lower case) with that use, as an immutable set. */
    public static Set<String> of(Use use) {
        return BY_USE.get(use);
    }

    private static Map<Use, Set<String>> load() {
        Map<Use, Set<String>> sets = new EnumMap<>(Use.class);
        for (Use u : Use.values()) {
            sets.put(u, new HashSet<>());
        }
        for (Tsv.Row r : Tsv.read("/lexicon/pronouns.tsv", 2)) {
            for (String use : Tsv.list(r.get(1))) {
                sets.get(Use.valueOf(use.toUpperCase(Locale.ROOT))).add(r.get(0).toLowerCase(Locale.ROOT));
            }
        }
        Map<Use, Set<String>> out = new EnumMap<>(Use.class);
        sets.forEach((u, s) -> out.put(u, Set.copyOf(s)));
        return Map.copyOf(out);
    }
}
