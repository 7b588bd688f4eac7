package org.sitrep.extract;

import org.sitrep.model.Qualifier;

/**
 * A number or vague quantity of people in a sentence: tokens [start, end) hold the number, the people
 * counted end before nounEnd. Value null for a vague quantity ("dozens of people").
 *
 * @param group    the people counted, or null when no people noun follows
 * @param included the quantity is part of the one before it ("including 8 children")
 */
record Quantity(int start, int end, Long value, Qualifier qualifier, String text, PeopleGroup group,
                int nounEnd, boolean included) {
}
