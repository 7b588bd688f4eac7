package org.sitrep.model;

import java.io.Serializable;

/**
 * A sentence in which someone denies a claim ("a Jaish al-Islam spokesman denied that the group had
 * targeted any Damascus neighborhood"). The resolve stage links it to the mentions it contradicts.
 *
 * @param sentence the sentence with the denial
 * @param denier   who denies, in the article's words
 * @param object   the denied clause, in the article's words
 */
public record Denial(Sentence sentence, String denier, String object) implements Serializable {
}
