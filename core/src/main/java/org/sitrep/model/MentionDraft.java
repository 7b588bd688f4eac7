package org.sitrep.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The extract stage's output: one event as one sentence states it, with its arguments still in the
 * article's own words. The resolve stage turns drafts into {@link EventMention}s.
 *
 * @param article      the article
 * @param sentence     the evidence sentence
 * @param frame        the trigger frame that won
 * @param type         ACLED event type and sub-event type
 * @param status       occurred, planned, alleged or denied as the sentence tells it
 * @param aggregate    a cumulative total
 * @param times        temporal expressions of the sentence, nearest to the trigger first
 * @param places       place spans in sentence order
 * @param actor1       who acted, or null
 * @param actor2       who was acted upon, or null
 * @param counts       counts read from the sentence
 * @param attribution  who the sentence says makes the claim, in the article's words
 * @param trigger      the trigger words
 * @param triggerStart character offset of the trigger
 * @param armedTarget  those acted upon are armed: counted soldiers or fighters, a checkpoint, militant positions
 */
public record MentionDraft(Article article, Sentence sentence, Frame frame, EventType type, Status status,
                           boolean aggregate, List<TimeExpression> times, List<PlaceRef> places,
                           ActorRef actor1, ActorRef actor2, Map<CountRole, Count> counts,
                           List<SourceRef> attribution, String trigger, int triggerStart,
                           boolean armedTarget) implements Serializable {
    public MentionDraft {
        times = List.copyOf(times);
        places = List.copyOf(places);
        counts = Ordered.copy(counts);
        attribution = List.copyOf(attribution);
    }

    /**
     * Whether the draft counts someone in one of {@code roles}: a count above zero, or a vague one ("dozens");
     * "no fatalities" counts nobody.
     */
    public boolean countsAny(java.util.function.Predicate<CountRole> roles) {
        for (Map.Entry<CountRole, Count> e : counts.entrySet()) {
            Long v = e.getValue().value();
            if (roles.test(e.getKey()) && (v == null || v > 0)) {
                return true;
            }
        }
        return false;
    }

    /** This draft typed anew, as a later component of the extract stage decides from what the article tells. */
    public MentionDraft withType(EventType newType) {
        return withFrame(frame, newType);
    }

    /** This draft with another frame and type: a weapon or trigger told next that says what the event was. */
    public MentionDraft withFrame(Frame newFrame, EventType newType) {
        return new MentionDraft(article, sentence, newFrame, newType, status, aggregate, times, places, actor1, actor2,
                counts, attribution, trigger, triggerStart, armedTarget);
    }

    /** This draft with other counts, as a toll told in another sentence gives them. */
    public MentionDraft withCounts(Map<CountRole, Count> newCounts, boolean newArmedTarget) {
        return new MentionDraft(article, sentence, frame, type, status, aggregate, times, places, actor1, actor2,
                newCounts, attribution, trigger, triggerStart, newArmedTarget);
    }

    /** This draft with another attribution. */
    public MentionDraft withAttribution(List<SourceRef> newAttribution) {
        return new MentionDraft(article, sentence, frame, type, status, aggregate, times, places, actor1, actor2,
                counts, newAttribution, trigger, triggerStart, armedTarget);
    }
}
