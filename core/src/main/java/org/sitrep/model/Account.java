package org.sitrep.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One article's account of a fused event: what that outlet reported, side by side with the others.
 *
 * @param mentionId    the article-level mention
 * @param docId        the article
 * @param outlet       the outlet, or null when unknown
 * @param status       as this article tells it
 * @param date         this article's date for the event
 * @param location     this article's place
 * @param actor1       who acted, as this article names them (normalized, with the article's words)
 * @param actor2       who was acted upon
 * @param counts       this article's counts
 * @param attributedTo who this article says makes the claim
 * @param deniedBy     who this article says denies it: the normalized actor and the article's words for the speaker
 * @param sentences    the evidence sentences
 */
public record Account(String mentionId, String docId, String outlet, Status status, EventDate date, Place location,
                      Actor actor1, Actor actor2, Map<CountRole, Count> counts, List<String> attributedTo,
                      List<Actor> deniedBy, List<Source> sentences) implements Serializable {
    public Account {
        counts = Ordered.copy(counts);
        attributedTo = attributedTo == null ? List.of() : List.copyOf(attributedTo);
        deniedBy = deniedBy == null ? List.of() : List.copyOf(deniedBy);
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
    }

    /** The outlet, or the article when the outlet is unknown. */
    public String label() {
        return outlet != null ? outlet : docId;
    }

    public static Account of(EventMention m) {
        List<String> attributed = m.sources().stream().flatMap(s -> s.attributedTo().stream()).distinct().toList();
        Source first = m.sources().get(0);
        return new Account(m.id(), first.docId(), first.outlet(), m.status(), m.date(), m.location(), m.actor1(),
                m.actor2(), m.counts(), attributed, m.deniedBy(), m.sources());
    }
}
