package org.sitrep.model;

import java.util.Locale;

/** How an event date was resolved. */
public enum DateBasis {
    /** from date words in the evidence sentence (or the sentence it continues) */
    TEXT,
    /** no date words: the article's publication date */
    PUBLICATION,
    /** an undated article's date words, resolved from the date other articles place it at */
    INFERRED,
    /** not resolved: the date is null */
    NONE,
    /** set on a fused event by an analyst's correction (never on a mention) */
    ANALYST;

    /** As written in the output: "text", "publication", "inferred", "none". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The basis of a code; null or an unknown code is NONE. */
    public static DateBasis fromCode(String code) {
        if (code == null) {
            return NONE;
        }
        for (DateBasis b : values()) {
            if (b.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return b;
            }
        }
        return NONE;
    }

    /** Whether the date was read from the article's words (TEXT or INFERRED), not assumed. */
    public boolean fromWords() {
        return this == TEXT || this == INFERRED;
    }
}
