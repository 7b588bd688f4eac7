package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How exact a reported count is. */
public enum Qualifier {
    EXACT, AT_LEAST, MORE_THAN, APPROX, AT_MOST, VAGUE;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    public static Qualifier fromCode(String code) {
        return valueOf(code.trim().toUpperCase());
    }
}
