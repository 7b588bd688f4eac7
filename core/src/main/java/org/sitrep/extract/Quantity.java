package org.sitrep.extract;

import org.sitrep.model.Qualifier;

/**
 * A number or vague quantity of people in a sentence: tokens [start, end) hold the number, the people
 * counted end before nounEnd. Value null for a vague quantity ("dozens of people").
 *
 * @param group    the people counted, or null when no people noun follows
 * @param included the quantity is part of the one before it ("including 8 children")
 * @param part     how many of the group are counted when others were joined to it ("7 children and a teacher":
 *                 7 of 8), else the value
 */
record Quantity(int start, int end, Long value, Qualifier qualifier, String text, PeopleGroup group,
                int nounEnd, boolean included, Long part) {
    Quantity(int start, int end, Long value, Qualifier qualifier, String text, PeopleGroup group, int nounEnd,
             boolean included) {
        this(start, end, value, qualifier, text, group, nounEnd, included, value);
    }
}
