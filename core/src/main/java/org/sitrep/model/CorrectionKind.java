package org.sitrep.model;

import java.util.Locale;

/** What an analyst's correction does to fused events (docs/corrections.md). */
public enum CorrectionKind {
    /** a report is not the same event as the others it was fused with: cannot-link */
    SPLIT,
    /** two events are one: must-link all their reports */
    MERGE,
    /** a headline value (a count, the date, the place, the type, the status) is the analyst's */
    SET_VALUE;

    /** As written in exports: "split", "merge", "set_value". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a code, or an IllegalArgumentException naming the codes. */
    public static CorrectionKind fromCode(String code) {
        for (CorrectionKind k : values()) {
            if (code != null && k.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("correction kind must be split, merge or set_value, not " + code);
    }
}
