package org.sitrep.fuse;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.sitrep.model.ActorClass;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;
import org.sitrep.model.Qualifier;
import org.sitrep.resolve.place.Gazetteer;

/**
 * Whether two mentions can report one event: the same class of event, overlapping dates within their
 * precision, places that are the same or nested, and counts that do not contradict each other.
 */
final class Compatibility {
    private final Gazetteer gazetteer;
    private final EventClasses classes;

    Compatibility(Gazetteer gazetteer, EventClasses classes) {
        this.gazetteer = gazetteer;
        this.classes = classes;
    }

    boolean sameClass(EventMention a, EventMention b) {
        return classes.coarse(a.type()).equals(classes.coarse(b.type()))
                || attachable(a) && classes.violent(b.type()) || attachable(b) && classes.violent(a.type());
    }

    /** What {@link #sameClass} looks at in a mention: mentions with equal signatures match the same others. */
    ClassSignature classSignature(EventMention m) {
        return new ClassSignature(classes.coarse(m.type()), classes.violent(m.type()), attachable(m));
    }

    /**
     * A sentence that only reports deaths or injuries ("scores of residents were hurt"), or denies
     * "carrying out the attack", joins the attack it refers to.
     */
    static boolean attachable(EventMention m) {
        return "CASUALTY".equals(m.frame()) || m.status() == org.sitrep.model.Status.DENIED
                || m.status() == org.sitrep.model.Status.DISPUTED && "ATTACK".equals(m.frame());
    }

    /** Dates overlap, allowing a day either side; a date from no date words (publication day, none) fits anything earlier. */
    static boolean datesFit(EventDate a, EventDate b, int slackDays) {
        if (a.date() == null || b.date() == null) {
            return true;
        }
        boolean aWeak = !a.basis().fromWords();
        boolean bWeak = !b.basis().fromWords();
        if (aWeak && bWeak) {
            return Math.abs(a.date().toEpochDay() - b.date().toEpochDay()) <= slackDays;
        }
        if (aWeak || bWeak) {
            EventDate weak = aWeak ? a : b;
            EventDate strong = aWeak ? b : a;
            // a report published on day P may restate an event of the preceding week
            return !start(strong).isAfter(weak.date().plusDays(slackDays))
                    && !end(strong).isBefore(weak.date().minusDays(7));
        }
        return !start(a).isAfter(end(b).plusDays(slackDays)) && !start(b).isAfter(end(a).plusDays(slackDays));
    }

    private static LocalDate start(EventDate d) {
        return d.date();
    }

    private static LocalDate end(EventDate d) {
        return d.dateEnd() != null ? d.dateEnd() : d.date();
    }

    boolean placesFit(Place a, Place b) {
        if (a == null || b == null) {
            return true;
        }
        if (Objects.equals(a.geonameId(), b.geonameId()) && a.geonameId() != null || a.name().equals(b.name())) {
            return true;
        }
        return gazetteer.within(a, b) || gazetteer.within(b, a);
    }

    /** Counts of one kind contradict when their ranges, read through their qualifiers, cannot both hold. */
    static boolean countsFit(Map<CountRole, Count> a, Map<CountRole, Count> b) {
        for (Map.Entry<CountRole, Count> e : a.entrySet()) {
            Count other = b.get(e.getKey());
            if (other != null && contradicts(e.getValue(), other)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Across outlets, counts that disagree are still one event (the disagreement is shown); only counts
     * more than ten times apart say two different events. A bound is no figure to be ten times from: "at
     * least 12" (or "more than 12") fits any larger toll, and "at most 600" any smaller one.
     */
    static boolean sameMagnitude(Map<CountRole, Count> a, Map<CountRole, Count> b) {
        for (Map.Entry<CountRole, Count> e : a.entrySet()) {
            Count other = b.get(e.getKey());
            if (other != null && e.getValue().value() != null && other.value() != null
                    && !sameMagnitude(e.getValue(), other)) {
                return false;
            }
        }
        return true;
    }

    /** Two figures of one kind, read through their bounds: within ten times, or a bound the other keeps. */
    static boolean sameMagnitude(Count a, Count b) {
        long x = Math.max(1, a.value());
        long y = Math.max(1, b.value());
        if (x == y) {
            return true;
        }
        Count low = x < y ? a : b;
        Count high = x < y ? b : a;
        long lo = Math.min(x, y);
        long hi = Math.max(x, y);
        return hi <= 10 * lo || hi <= 10 || lowerBound(low.qualifier()) || upperBound(high.qualifier());
    }

    private static boolean lowerBound(Qualifier q) {
        return q == Qualifier.AT_LEAST || q == Qualifier.MORE_THAN;
    }

    private static boolean upperBound(Qualifier q) {
        return q == Qualifier.AT_MOST;
    }

    static boolean contradicts(Count x, Count y) {
        if (x.value() == null || y.value() == null) {
            return false;
        }
        double[] rx = range(x);
        double[] ry = range(y);
        return rx[1] < ry[0] || ry[1] < rx[0];
    }

    /** The values a count allows: "at least 40" is [40, inf), "nearly 3,000" about [2,700, 3,300]. */
    static double[] range(Count c) {
        double v = c.value();
        Qualifier q = c.qualifier();
        return switch (q) {
            case AT_LEAST -> new double[] {v, Double.MAX_VALUE};
            case MORE_THAN -> new double[] {v + 1, Double.MAX_VALUE};
            case AT_MOST -> new double[] {0, v};
            case APPROX -> new double[] {v * 0.9, v * 1.1};
            default -> new double[] {v, v};
        };
    }

    /** Class names ("Unidentified Armed Group", "Civilians") fit any named actor of the same event. */
    static boolean generic(org.sitrep.model.Actor a) {
        return ActorClass.isClassName(a.name());
    }

    boolean actorsFit(EventMention a, EventMention b) {
        if (a.actor1() == null || b.actor1() == null) {
            return true;
        }
        return a.actor1().name().equals(b.actor1().name()) || generic(a.actor1()) || generic(b.actor1())
                || b.actor2() != null && a.actor1().name().equals(b.actor2().name())
                || a.actor2() != null && b.actor1().name().equals(a.actor2().name())
                || a.actor1().type().equals(b.actor1().type());
    }
}
