package org.sitrep.extract;

import java.util.Locale;

/** What a count of people counts; the code is the key of the output's counts map. */
enum CountRole {
    FATALITIES, INJURED, CHILDREN_KILLED, WOMEN_KILLED, CIVILIANS_KILLED, CHILDREN_INJURED, WOMEN_INJURED,
    CIVILIANS_INJURED, ABDUCTED, DETAINED, DISPLACED, FIGHTERS, RELEASED;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static CountRole fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
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

    boolean harm() {
        return this == FATALITIES || this == INJURED;
    }
}
