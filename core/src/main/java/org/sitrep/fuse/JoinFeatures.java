package org.sitrep.fuse;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.DateBasis;
import org.sitrep.model.EventMention;

/**
 * What a mention shares with a forming event ({@link JoinFeature}s), and the score that ranks the events
 * it fits. Only ranks: whether it may join at all is {@link JoinRules}'.
 */
final class JoinFeatures {
    private final JoinRules rules;

    JoinFeatures(JoinRules rules) {
        this.rules = rules;
    }

    /** What a mention shares with the direct reports of an event (with all its reports when it has none). */
    Set<JoinFeature> of(List<EventMention> ms, EventMention m, FormingEvent c, Map<EventMention, Set<String>> stems) {
        Set<JoinFeature> f = EnumSet.noneOf(JoinFeature.class);
        List<Integer> ref = c.strong.isEmpty() ? c.all : c.strong;
        boolean dayWords = Evidence.dayByWords(m.date());
        for (int j : ref) {
            EventMention o = ms.get(j);
            if (JoinRules.sameTown(o, m)) {
                f.add(JoinFeature.SAME_TOWN);
            } else if (m.location() != null && o.location() != null) {
                f.add(JoinFeature.NESTED_PLACE);
            }
            if (dayWords && Objects.equals(o.date().date(), m.date().date()) && o.date().dateEnd() == null
                    && m.date().dateEnd() == null) {
                f.add(JoinFeature.SAME_DAY);
            } else if (JoinRules.textDated(m) && o.date().date() != null) {
                f.add(rules.operation(m) ? JoinFeature.BATCH_OF_OPERATION : JoinFeature.OVERLAPPING_DATES);
            } else if (m.date().date() != null && m.date().basis() == DateBasis.PUBLICATION) {
                f.add(JoinFeature.EARLIER_EVENT);
            }
            if (o.type().equals(m.type())) {
                f.add(JoinFeature.SAME_SUB_TYPE);
            }
            if (o.actor1() != null && m.actor1() != null && o.actor1().name().equals(m.actor1().name())) {
                f.add(JoinFeature.SAME_ACTOR);
            }
            if (o.counts().keySet().stream().anyMatch(k -> m.counts().containsKey(k)
                    && o.counts().get(k).value() != null && m.counts().get(k).value() != null)
                    && Compatibility.countsFit(o.counts(), m.counts())) {
                f.add(JoinFeature.COUNTS_AGREE);
            }
        }
        // the stronger of two alternatives stands alone
        if (f.contains(JoinFeature.SAME_TOWN)) {
            f.remove(JoinFeature.NESTED_PLACE);
        }
        if (f.contains(JoinFeature.SAME_DAY)) {
            f.remove(JoinFeature.OVERLAPPING_DATES);
            f.remove(JoinFeature.BATCH_OF_OPERATION);
        }
        if (c.docs.contains(m.docId())) {
            f.add(JoinFeature.SAME_ARTICLE);
        }
        if (Words.shared(stems.get(m), ref.stream().map(j -> stems.get(ms.get(j))).toList()) >= Words.ENOUGH) {
            f.add(JoinFeature.SHARED_WORDS);
        }
        return f;
    }

    /** The sum of the features' weights. */
    static int score(Set<JoinFeature> why) {
        return why.stream().mapToInt(JoinFeature::weight).sum();
    }
}
