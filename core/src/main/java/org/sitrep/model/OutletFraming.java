package org.sitrep.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The words one outlet uses for each actor ("militants", "rebels", "terrorists" for the same group).
 * A description of language, not a judgement of it.
 *
 * @param outlet      the outlet, or the article id when the outlet is unknown
 * @param articles    how many of its articles were read
 * @param wordsByActor normalized actor name to the words the outlet used for it, most frequent first
 */
public record OutletFraming(String outlet, int articles, Map<String, List<String>> wordsByActor) implements Serializable {
    public OutletFraming {
        wordsByActor = Ordered.copy(wordsByActor);
    }
}
