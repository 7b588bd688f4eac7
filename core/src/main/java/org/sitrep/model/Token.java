package org.sitrep.model;

import java.io.Serializable;

/**
 * One token of an annotated sentence.
 *
 * @param index      0-based position in its sentence
 * @param word       surface form
 * @param begin      character offset in the article text
 * @param end        character offset just past the token
 * @param pos        Penn Treebank part-of-speech tag
 * @param lemma      lemma
 * @param ner        coarse named-entity tag (PERSON, LOCATION, ORGANIZATION, DATE, NUMBER, ...) or "O";
 *                   null where the sentence was not deeply annotated
 * @param normalized normalized value of a number ("&gt;=40.0") or date, or null
 */
public record Token(int index, String word, int begin, int end, String pos, String lemma, String ner,
                    String normalized) implements Serializable {
    public boolean isNumber() {
        return "NUMBER".equals(ner) || "CD".equals(pos);
    }
}
