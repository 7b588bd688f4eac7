package org.sitrep.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One event as one article reports it. Sentence-level findings that restate the same event within
 * an article are merged into one mention whose {@code sources} list every evidence sentence.
 *
 * @param id          stable identifier derived from the article and evidence offsets
 * @param type        ACLED event type and sub-event type
 * @param status      occurred, planned, alleged, disputed or denied
 * @param aggregate   true for cumulative totals ("more than 1,600 killed since February")
 * @param date        when, with precision and the words it came from
 * @param location    where, or null
 * @param origin      where people moved from (movements only), or null
 * @param destination where people moved to (movements only), or null
 * @param actor1      who acted, or null
 * @param actor2      who was acted upon, or null
 * @param counts      fatalities, injured, displaced, fighters, children_killed, ... keyed by count name
 * @param sources     evidence sentences with attribution
 * @param deniedBy    who the article says denies the event or the claim (name, and the speaker in the article's words)
 * @param trigger     the words that signalled the event
 * @param frame       the trigger frame (AIR, CLASH, CASUALTY, EVACUATE, ...), see docs/ontology.md
 */
public record EventMention(String id, EventType type, Status status, boolean aggregate, EventDate date,
                           Place location, Place origin, Place destination, Actor actor1, Actor actor2,
                           Map<CountRole, Count> counts, List<Source> sources, List<Actor> deniedBy,
                           String trigger, String frame) implements Serializable {
    public EventMention {
        counts = Ordered.copy(counts);
        sources = sources == null ? List.of() : List.copyOf(sources);
        deniedBy = deniedBy == null ? List.of() : List.copyOf(deniedBy);
    }

    public String docId() {
        return sources.isEmpty() ? null : sources.get(0).docId();
    }

    /** The earlier article whose text this mention's article repeats word for word, or null (see {@link Source#copyOf}). */
    public String copyOf() {
        return sources.isEmpty() ? null : sources.get(0).copyOf();
    }

    /** The article whose words these are: the one this article copies, else this article (one source for fusion). */
    public String textOf() {
        return copyOf() != null ? copyOf() : docId();
    }
}
