package org.sitrep.resolve.actor;

import java.time.LocalDate;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorClass;
import org.sitrep.model.Place;
import org.sitrep.resolve.actor.Fronts.Front;

/**
 * The two forces of a standing front line ({@link Fronts}): the unnamed sides of a clash on that front are those forces,
 * the force across the line from the place first when {@link FrontAreas} tells who held it, else the state's first;
 * unnamed shelling near a held place came from across the line. Stateless and thread-safe.
 */
final class FrontSides {

    private final Fronts fronts = Fronts.load();
    private final FrontAreas areas = new FrontAreas();

    /**
     * The sides of a clash at {@code place} (the event's, or null) told in {@code text}: on a front, an unnamed side is
     * the front's side the event does not have yet; off a front, or with a named actor that holds no side of it,
     * unchanged.
     */
    ActorRoles.Roles apply(ActorRoles.Roles roles, Place place, String text, LocalDate when) {
        for (Front f : fronts.all()) {
            if (f.during(when) && (f.holds(place) || f.toldIn(text))) {
                return onFront(roles, f, place);
            }
        }
        return roles;
    }

    /**
     * The side of shelling at {@code place} told in {@code text} with no side named: on a front, near a place one
     * force holds ({@link FrontAreas}), the force across the line fired; else unchanged.
     */
    ActorRoles.Roles shelling(ActorRoles.Roles roles, Place place, String text, LocalDate when) {
        if (!unnamed(roles.actor1()) || !unnamed(roles.actor2())) {
            return roles;
        }
        for (Front f : fronts.all()) {
            if (f.during(when) && (f.holds(place) || f.toldIn(text))) {
                Actor held = areas.holder(f, place);
                return held == null ? roles : new ActorRoles.Roles(keepWords(other(f, held), roles.actor1()), roles.actor2());
            }
        }
        return roles;
    }

    private ActorRoles.Roles onFront(ActorRoles.Roles roles, Front f, Place place) {
        Actor a1 = roles.actor1();
        Actor a2 = roles.actor2();
        boolean open1 = unnamed(a1);
        boolean open2 = unnamed(a2);
        if (open1 && open2) {
            // fire near a place one force holds came from across the line: the other force first (ACLED's order)
            Actor held = areas.holder(f, place);
            if (held != null) {
                return new ActorRoles.Roles(keepWords(other(f, held), a1), keepWords(held, a2));
            }
            return new ActorRoles.Roles(keepWords(f.side1(), a1), keepWords(f.side2(), a2));
        }
        if (open1 && holds(f, a2)) {
            return new ActorRoles.Roles(keepWords(other(f, a2), a1), a2);
        }
        if (open2 && holds(f, a1)) {
            return new ActorRoles.Roles(a1, keepWords(other(f, a1), a2));
        }
        return roles;
    }

    /** No side read, or one the conventions filled in: an unidentified group the text itself names stays. */
    private static boolean unnamed(Actor a) {
        return a == null || a.text() == null && ActorClass.UNIDENTIFIED_ARMED_GROUP.names(a.name());
    }

    private static boolean holds(Front f, Actor a) {
        return a.name().equals(f.side1().name()) || a.name().equals(f.side2().name());
    }

    private static Actor other(Front f, Actor a) {
        return a.name().equals(f.side1().name()) ? f.side2() : f.side1();
    }

    /** The front's side, keeping the words the unnamed side was read from ("gunmen"), if any. */
    private static Actor keepWords(Actor side, Actor unnamed) {
        return unnamed == null ? side : new Actor(side.name(), side.type(), unnamed.text());
    }
}
