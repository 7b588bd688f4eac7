package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;

/**
 * An agreement for people to leave a place often names their destination only in the sentences about the
 * move itself ("the deal lets fighters leave the town for a militant-held area in the north" ... "buses
 * took them to X"). An agreement of an article that names no destination takes the one of the article's
 * movement on the same day out of the same place; it never replaces a destination the agreement gives.
 */
final class AgreementDestinations {
    private AgreementDestinations() {
    }

    /** One article's merged mentions, agreements without a destination completed where a movement fits. */
    static List<EventMention> complete(List<EventMention> article) {
        List<EventMention> out = new ArrayList<>(article.size());
        for (EventMention m : article) {
            Place to = isAgreement(m) && m.destination() == null ? destinationOfMove(m, article) : null;
            out.add(to == null ? m : new EventMention(m.id(), m.type(), m.status(), m.aggregate(), m.date(),
                    m.location(), m.origin(), to, m.actor1(), m.actor2(), m.counts(), m.sources(), m.deniedBy(),
                    m.trigger(), m.frame()));
        }
        return out;
    }

    private static boolean isAgreement(EventMention m) {
        return m.type() != null && "Agreement".equals(m.type().subEventType());
    }

    /** The destination of the one movement that leaves the agreement's place on its day; none if several differ. */
    private static Place destinationOfMove(EventMention agreement, List<EventMention> article) {
        Place found = null;
        for (EventMention m : article) {
            if (m == agreement || isAgreement(m) || m.destination() == null || m.aggregate()
                    || !samePlace(agreement.location(), m.origin() != null ? m.origin() : m.location())
                    || !Compatibility.datesFit(agreement.date(), m.date(), 0)) {
                continue;
            }
            if (found != null && !found.name().equals(m.destination().name())) {
                return null; // two moves to different places: which one the agreement meant is not said
            }
            found = m.destination();
        }
        return found;
    }

    private static boolean samePlace(Place a, Place b) {
        return a != null && b != null && a.name().equals(b.name()) && a.countryCode() != null
                && a.countryCode().equals(b.countryCode());
    }
}
