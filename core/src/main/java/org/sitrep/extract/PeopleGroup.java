package org.sitrep.extract;

import java.util.Locale;

/** The group a people noun implies (column group of lexicon/people-nouns.tsv). */
enum PeopleGroup {
    CIVILIAN, COMBATANT, CHILD, WOMAN, PERSON, OFFICIAL, PROTESTER, DETAINEE;

    static PeopleGroup fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    /** People a report counts as harmed rather than as culprits. */
    boolean victim() {
        return this == CIVILIAN || this == CHILD || this == WOMAN || this == PERSON;
    }
}
