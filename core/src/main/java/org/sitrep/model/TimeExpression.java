package org.sitrep.model;

import java.io.Serializable;

/**
 * A temporal expression as the annotator found it, before it is anchored to a calendar date.
 *
 * @param firstToken index of its first token in the sentence
 * @param lastToken  index of its last token (inclusive)
 * @param text       the words ("on Thursday", "last month", "April 6")
 * @param type       TIMEX3 type: DATE, TIME, DURATION, SET
 * @param value      TIMEX3 value as the annotator normalized it ("2018-03-22", "XXXX-WXX-7", "P2D")
 */
public record TimeExpression(int firstToken, int lastToken, String text, String type, String value) implements Serializable {
}
