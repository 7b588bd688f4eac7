package org.sitrep.model;

import java.io.Serializable;

/**
 * A sentence in which someone denies a claim ("a rebel commander denied that his fighters had
 * shelled the market"). The resolve stage links it to the mentions it contradicts.
 *
 * @param sentence   the sentence with the denial
 * @param denier     who denies, in the article's words
 * @param object     the denied clause, in the article's words ("" when the verb has none)
 * @param pointsBack whether the denied object refers back to a claim already reported ("denied the claim",
 *                   "denied responsibility", or no object at all), so it answers the sentence before it
 */
public record Denial(Sentence sentence, String denier, String object, boolean pointsBack) implements Serializable {
}
