package org.sitrep.evaluate;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sitrep.common.GreatCircle;
import org.sitrep.model.Actor;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;

/**
 * Compares Sitrep's mentions of one row's notes with the row's coding, field by field, with the
 * definitions of the project's scorer: the first mention is the one compared, names are compared
 * folded ({@link AcledNames}), places by distance from the coded coordinates.
 */
public final class RowScorer {
    private static final double NEAR_KM = 25;
    private static final double REGION_KM = 100;

    public RowScore score(AcledRow row, List<EventMention> mentions) {
        EventMention top = mentions.isEmpty() ? null : mentions.get(0);
        boolean found = top != null;
        Map<Field, Trial> t = new EnumMap<>(Field.class);
        t.put(Field.DETECTED, Trial.of(found));
        t.put(Field.FAMILY_TOP1, Trial.of(found && Family.of(top.type().eventType()) == Family.of(row.eventType())));
        EventClass coded = EventClass.of(row.eventType(), row.subEventType());
        t.put(Field.CLASS_TOP1, Trial.of(found && EventClass.of(top.type().eventType(), top.type().subEventType()) == coded));
        t.put(Field.SUB_TYPE_TOP1, Trial.of(!row.subEventType().isEmpty() && found
                && AcledNames.fold(top.type().subEventType()).equals(AcledNames.fold(row.subEventType()))));
        if (!row.notes().toLowerCase(Locale.ROOT).contains("split")) {
            // "fatalities split between two events": the row holds a share the text does not state
            boolean exact = found && fatalities(top) == row.fatalities();
            t.put(Field.FATALITIES_EXACT, Trial.of(exact));
            if (row.fatalities() > 0) {
                t.put(Field.FATALITIES_NONZERO, Trial.of(exact));
            }
        }
        Place loc = found ? top.location() : null;
        Double km = km(loc, row);
        t.put(Field.COUNTRY, Trial.of(AcledNames.fold(loc == null ? null : loc.country()).equals(AcledNames.fold(row.country()))));
        t.put(Field.ADMIN1, Trial.of(loc != null && AcledNames.fold(loc.admin1()).equals(AcledNames.fold(row.admin1()))));
        t.put(Field.ADMIN1_LOOSE, Trial.of(loc != null && (AcledNames.loose(loc.admin1()).equals(AcledNames.loose(row.admin1()))
                || km != null && km <= NEAR_KM)));
        t.put(Field.GEO_25KM, Trial.of(km != null && km <= NEAR_KM));
        t.put(Field.GEO_100KM, Trial.of(km != null && km <= REGION_KM));
        t.put(Field.ACTOR_TYPE, actorType(row.inter1(), found ? top.actor1() : null)
                .plus(actorType(row.inter2(), found ? top.actor2() : null)));
        t.put(Field.DATE, Trial.of(found && Objects.equals(top.date() == null ? null : top.date().date(), row.eventDate())));
        return new RowScore(row, top, mentions.size(), t, km);
    }

    /** The mention's fatalities; none stated, or a vague count, is 0. */
    static long fatalities(EventMention m) {
        Count c = m.counts().get(CountRole.FATALITIES);
        return c == null || c.value() == null ? 0 : c.value();
    }

    private static Double km(Place loc, AcledRow row) {
        if (loc == null || loc.lat() == null || loc.lon() == null || row.latitude() == null || row.longitude() == null) {
            return null;
        }
        return GreatCircle.km(loc.lat(), loc.lon(), row.latitude(), row.longitude());
    }

    /** One trial when the row codes this actor (inter not empty or 0), agreeing when the types map to its code. */
    private static Trial actorType(String inter, Actor actor) {
        if (inter.isEmpty() || inter.equals("0")) {
            return Trial.NOT_ASKED;
        }
        String code = InterCode.ofActorType(actor == null || actor.type() == null ? null : actor.type().label()).map(InterCode::code).orElse(null);
        return Trial.of(inter.equals(code));
    }
}
