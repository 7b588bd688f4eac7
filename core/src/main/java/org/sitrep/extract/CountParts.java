package org.sitrep.extract;

import static org.sitrep.model.CountRole.CHILDREN_INJURED;
import static org.sitrep.model.CountRole.CHILDREN_KILLED;
import static org.sitrep.model.CountRole.CIVILIANS_INJURED;
import static org.sitrep.model.CountRole.CIVILIANS_KILLED;
import static org.sitrep.model.CountRole.DISPLACED;
import static org.sitrep.model.CountRole.FATALITIES;
import static org.sitrep.model.CountRole.FIGHTERS;
import static org.sitrep.model.CountRole.INJURED;
import static org.sitrep.model.CountRole.WOMEN_INJURED;
import static org.sitrep.model.CountRole.WOMEN_KILLED;

import org.sitrep.model.CountRole;

/** The part of a total a group names ("including 8 children" of the killed); kept here as it reads {@link PeopleGroup}. */
final class CountParts {
    private CountParts() {
    }

    /** A part of a killed or injured total ("including 8 children"), or null when the group has no such part. */
    static CountRole partOf(CountRole total, PeopleGroup group) {
        if (group == null) {
            return null;
        }
        if (total == DISPLACED && group == PeopleGroup.COMBATANT) {
            return FIGHTERS;
        }
        boolean killed = total == FATALITIES;
        if (!killed && total != INJURED) {
            return null;
        }
        return switch (group) {
            case CHILD -> killed ? CHILDREN_KILLED : CHILDREN_INJURED;
            case WOMAN -> killed ? WOMEN_KILLED : WOMEN_INJURED;
            case CIVILIAN -> killed ? CIVILIANS_KILLED : CIVILIANS_INJURED;
            default -> null;
        };
    }
}
