package org.sitrep.model;

import java.io.Serializable;

/**
 * Who a sentence says a claim comes from, before normalization.
 *
 * @param text the words naming the source ("the observatory", "SANA"); for a pronoun, the pronoun
 * @param kind whether the words name the source or point back to an earlier sentence's source
 */
public record SourceRef(String text, Kind kind) implements Serializable {
    /** How the words refer to the source. */
    public enum Kind {
        /** The words name the source: "SANA", "the monitoring group's director". */
        NAMED,
        /** A pronoun ("he said", "they told"): the source of a sentence just before, or nobody. */
        PRONOUN,
        /** A definite generic noun ("the source added"): the source of a sentence just before, else the words. */
        DEFINITE
    }

    /** Whether the source is the one of an earlier sentence, when there is one. */
    public boolean refersBack() {
        return kind != Kind.NAMED;
    }
}
