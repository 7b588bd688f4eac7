package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Denial;
import org.sitrep.model.EventMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Status;

/**
 * Marks the mentions a denial contradicts as disputed, with the denier beside them, and names the denier of the
 * mentions its own sentence reports only as denied ("the group denied firing the rockets"). A denial disputes
 * <ul>
 *   <li>the mentions of its own sentence ("..., a charge Moscow denied");</li>
 *   <li>an earlier violent mention it names by actor or place ("the group denied shelling the town");</li>
 *   <li>the mentions of the sentence just before it when it points back at that claim ("The army denied the
 *       claim.", "The group denied responsibility.") or when the denier is one of their actors ("Moscow
 *       denied losing any aircraft" after a report that Russian aircraft were downed).</li>
 * </ul>
 * Stateless: one instance serves every thread.
 */
final class DisputedClaims {
    private final ActorResolver actors;

    DisputedClaims(ActorResolver actors) {
        this.actors = actors;
    }

    List<EventMention> apply(List<EventMention> mentions, List<Denial> denials, List<Sentence> sentences, String country) {
        if (denials.isEmpty()) {
            return mentions;
        }
        List<EventMention> out = new ArrayList<>(mentions);
        for (Denial dn : denials) {
            Actor denier = actors.actor(new ActorRef(dn.denier(), ""), country);
            String who = denier != null ? denier.name() : actors.sources(List.of(dn.denier())).stream().findFirst().orElse(dn.denier());
            // the name to match and merge on, the article's words to say who spoke ("a Jaish al-Islam spokesman")
            Actor speaker = new Actor(who, denier == null ? null : denier.type(), dn.denier());
            String object = dn.object().toLowerCase(Locale.ROOT);
            int before = sentenceBegin(sentences, dn.sentence().index() - 1);
            for (int i = 0; i < out.size(); i++) {
                EventMention m = out.get(i);
                int at = m.sources().get(0).start();
                boolean sameSentence = at == dn.sentence().begin();
                if (m.status() == Status.DENIED) {
                    if (sameSentence) {
                        // "the group denied firing the rockets": no source here affirms it, but who denies is said
                        out.set(i, withDenier(m, speaker, Status.DENIED));
                    }
                    continue;
                }
                if (at > dn.sentence().begin()) {
                    continue;
                }
                boolean byActor = named(m.actor1(), who);
                boolean byPlace = m.location() != null && (object.contains(m.location().name().toLowerCase(Locale.ROOT))
                        || m.location().aliases().stream().anyMatch(a -> object.contains(a.toLowerCase(Locale.ROOT))));
                boolean justBefore = at == before && (dn.pointsBack() || byActor || named(m.actor2(), who));
                if (sameSentence || justBefore || (byActor || byPlace) && isViolent(m)) {
                    out.set(i, withDenier(m, speaker, Status.DISPUTED));
                }
            }
        }
        return out;
    }

    private static boolean named(Actor a, String who) {
        return a != null && a.name().equals(who);
    }

    private static int sentenceBegin(List<Sentence> sentences, int index) {
        for (Sentence s : sentences) {
            if (s.index() == index) {
                return s.begin();
            }
        }
        return -1;
    }

    private static EventMention withDenier(EventMention m, Actor speaker, Status status) {
        List<Actor> deniedBy = new ArrayList<>(m.deniedBy());
        if (deniedBy.stream().noneMatch(d -> d.name().equals(speaker.name()))) {
            deniedBy.add(speaker);
        }
        return new EventMention(m.id(), m.type(), status, m.aggregate(), m.date(),
                m.location(), m.origin(), m.destination(), m.actor1(), m.actor2(), m.counts(),
                m.sources(), deniedBy, m.trigger(), m.frame());
    }

    private static boolean isViolent(EventMention m) {
        String t = m.type().eventType();
        return t.startsWith("Explosions") || t.startsWith("Battles") || t.startsWith("Violence");
    }
}
