package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How precisely an event's date is known. */
public enum DatePrecision {
    DAY, RANGE, MONTH, YEAR, UNKNOWN;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }
}
