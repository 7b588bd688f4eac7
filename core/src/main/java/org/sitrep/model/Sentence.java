package org.sitrep.model;

import java.io.Serializable;
import java.util.List;

/**
 * One annotated sentence.
 *
 * @param index    0-based position in the article
 * @param begin    character offset in the article text
 * @param end      character offset just past the sentence
 * @param text     the sentence, verbatim
 * @param tokens   tokens with POS and lemma; NER and normalized values only when {@code deep}
 * @param deps     dependency parse, empty when not {@code deep}
 * @param times    temporal expressions (only when {@code deep})
 * @param deep     whether the expensive annotators (NER, dates, numbers, parse) ran on this sentence
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, List<Dependency> deps,
                       List<TimeExpression> times, boolean deep) implements Serializable {
    public Sentence {
        tokens = List.copyOf(tokens);
        deps = List.copyOf(deps);
        times = List.copyOf(times);
    }
}
