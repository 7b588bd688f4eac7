package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorRef;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.actor.ActorMatch;
import org.sitrep.model.ActorType;

/** Normalizes actor phrases and claimed sources through the actor and source dictionaries. */
final class ActorResolver {
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "them", "its", "their");

    private final ActorDictionary dictionary;

    ActorResolver(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The actor a phrase names, or null. */
    Actor actor(ActorRef ref, String countryHint) {
        if (ref == null || PRONOUNS.contains(ref.text().toLowerCase())) {
            return null;
        }
        Optional<Actor> whole = dictionary.normalize(ref.text(), countryHint);
        if (whole.isPresent()) {
            return withText(whole.get(), ref.text());
        }
        // "the positions of the so-called Jaish al-Islam Takfiri militants in the town": the named group inside
        List<ActorMatch> inside = dictionary.find(ref.text());
        ActorMatch best = null;
        for (ActorMatch m : inside) {
            if (best == null || best.generic() && !m.generic()) {
                best = m;
            }
        }
        if (best == null) {
            return null;
        }
        Actor a = best.actor();
        if (a.name().contains("{country}")) {
            Optional<Actor> filled = dictionary.normalize(best.text(), countryHint);
            if (filled.isEmpty()) {
                return null;
            }
            a = filled.get();
        }
        return withText(a, ref.text());
    }

    private static Actor withText(Actor a, String text) {
        return new Actor(a.name(), a.type(), text);
    }

    static boolean armed(Actor a) {
        return a != null && a.type() != null && a.type().armed();
    }

    static boolean state(Actor a) {
        ActorType t = a == null ? null : a.type();
        return a != null && (t == ActorType.STATE_FORCES || t == ActorType.FOREIGN_STATE
                || a.name().startsWith("Government of") || a.name().startsWith("Military Forces of"));
    }

    /** Normalized, de-duplicated source names. */
    List<String> sources(List<String> phrases) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : phrases) {
            p = p.replaceFirst("(?i)^(and|but|or|while)\\s+", "");
            String n = dictionary.normalizeSource(p);
            if (n != null && !n.isBlank()) {
                out.add(n);
            }
        }
        return new ArrayList<>(out);
    }

    /** The country an adjective or name stands for ("Syrian" is SY), if any. */
    Optional<String> countryOf(String word) {
        return dictionary.countryOf(word);
    }
}
