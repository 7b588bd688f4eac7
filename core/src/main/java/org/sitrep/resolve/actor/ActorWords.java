package org.sitrep.resolve.actor;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;

/**
 * The word lists the actor rules read, loaded once from the lexicons under {@code /actors/} (each file documents
 * itself in its header): force nouns and their classes, modifiers between a country word and a force noun, non-state
 * modifiers, sponsor participles, attributive institution nouns and their heads, head boundaries and ally words.
 *
 * <p>Immutable; shared by all actor components.
 */
final class ActorWords {

    /** The kind of state actor a force noun names. */
    enum Cls { MILITARY, POLICE, GOVERNMENT }

    /** A force noun: its class, and whether it decides the class on its own ("troops") or takes an earlier one's ("forces"). */
    record Noun(Cls cls, boolean strong) {
    }

    private static final class Holder {
        static final ActorWords INSTANCE = new ActorWords();
    }

    final Map<String, Noun> nouns;
    final Set<String> modifiers;
    /** "brigade", "division": an army's numbered formations ("the 35th Armoured Brigade"). */
    final Set<String> unitNouns;
    final Set<String> nonStateModifiers;
    /** "US-backed ", "pro-Turkish ": a backer written just before a force noun. */
    final Pattern sponsoredBefore;
    final Set<String> attributiveNouns;
    final Set<String> attributiveHeads;
    final Set<String> headBoundaries;
    final Set<String> allyWords;
    /** "Operation": opens the name of a state's operation between a country word and a force noun. */
    final Set<String> operationWords;
    /** "elements", "incursion": after "pro-X", a noun that stands for X's own side (side-nouns.tsv, attack-nouns.tsv). */
    final Set<String> proSideNouns;

    static ActorWords load() {
        return Holder.INSTANCE;
    }

    private ActorWords() {
        Map<String, Noun> n = new HashMap<>();
        for (Tsv.Row r : Tsv.read("/actors/force-nouns.tsv", 3)) {
            Cls cls = Cls.valueOf(r.get(1).toUpperCase(java.util.Locale.ROOT));
            if (!r.get(2).equals("strong") && !r.get(2).equals("weak")) {
                throw new IllegalStateException("/actors/force-nouns.tsv:" + r.line() + ": strength is strong or weak");
            }
            n.put(r.get(0), new Noun(cls, r.get(2).equals("strong")));
        }
        nouns = Map.copyOf(n);
        modifiers = words("force-modifiers.tsv");
        unitNouns = words("unit-nouns.tsv");
        nonStateModifiers = words("non-state-modifiers.tsv");
        String participles = String.join("|", words("sponsor-participles.tsv"));
        sponsoredBefore = Pattern.compile("(?:[\\p{L}\\p{N}.]+[-‐‑](?:" + participles + ")|\\bpro[-‐‑][\\p{L}.]+)\\s+$",
                Pattern.CASE_INSENSITIVE);
        attributiveNouns = words("attributive-nouns.tsv");
        attributiveHeads = words("attributive-heads.tsv");
        headBoundaries = words("head-boundaries.tsv");
        allyWords = words("ally-words.tsv");
        operationWords = words("operation-words.tsv");
        Set<String> side = new java.util.HashSet<>(words("side-nouns.tsv"));
        side.addAll(words("attack-nouns.tsv"));
        proSideNouns = Set.copyOf(side);
    }

    private static Set<String> words(String file) {
        return Tsv.words("/actors/" + file);
    }
}
