package org.sitrep.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One real-world event, fused from the mentions of one or more articles.
 *
 * @param id         stable identifier
 * @param type       event type chosen across mentions
 * @param status     status across mentions (disputed when any outlet reports a denial)
 * @param aggregate  true for cumulative totals
 * @param date       the most precise consistent date
 * @param location   where
 * @param origin     movement origin, or null
 * @param destination movement destination, or null
 * @param actor1     who acted
 * @param actor2     who was acted upon
 * @param counts     the chosen value per count name (most conservative for fatalities)
 * @param sources    one or more sources per reporting article
 * @param deniedBy   who denies the event or the claim
 * @param mentionIds the mentions fused into this event
 * @param accounts   each article's account, side by side
 * @param disputes   where the accounts disagree
 * @param notes      how fields were chosen, e.g. "fatalities: most conservative of 2 accounts"
 * @param corrections the analysts' corrections that shaped this event (split, merge, headline values)
 * @param explanation why each report joined and which rule chose each headline value (the notes, typed)
 */
public record Event(String id, EventType type, Status status, boolean aggregate, EventDate date,
                    Place location, Place origin, Place destination, Actor actor1, Actor actor2,
                    Map<CountRole, Count> counts, List<Source> sources, List<Actor> deniedBy,
                    List<String> mentionIds, List<Account> accounts, List<Dispute> disputes, List<String> notes,
                    List<AppliedCorrection> corrections, Explanation explanation) implements Serializable {
    public Event {
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        counts = Ordered.copy(counts);
        sources = sources == null ? List.of() : List.copyOf(sources);
        deniedBy = deniedBy == null ? List.of() : List.copyOf(deniedBy);
        mentionIds = mentionIds == null ? List.of() : List.copyOf(mentionIds);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        disputes = disputes == null ? List.of() : List.copyOf(disputes);
        notes = notes == null ? List.of() : List.copyOf(notes);
        explanation = explanation == null ? Explanation.NONE : explanation;
    }

    /** An event no analyst corrected. */
    public Event(String id, EventType type, Status status, boolean aggregate, EventDate date,
                 Place location, Place origin, Place destination, Actor actor1, Actor actor2,
                 Map<CountRole, Count> counts, List<Source> sources, List<Actor> deniedBy,
                 List<String> mentionIds, List<Account> accounts, List<Dispute> disputes, List<String> notes) {
        this(id, type, status, aggregate, date, location, origin, destination, actor1, actor2, counts, sources,
                deniedBy, mentionIds, accounts, disputes, notes, List.of(), Explanation.NONE);
    }

    /** An event reported by a single mention. */
    public static Event of(EventMention m) {
        return new Event("ev-" + m.id(), m.type(), m.status(), m.aggregate(), m.date(), m.location(),
                m.origin(), m.destination(), m.actor1(), m.actor2(), m.counts(), m.sources(),
                m.deniedBy(), List.of(m.id()), List.of(Account.of(m)), List.of(), List.of(), List.of(),
                Explanation.NONE);
    }
}
