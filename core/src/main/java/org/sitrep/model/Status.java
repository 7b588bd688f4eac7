package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an event happened, as the article tells it. */
public enum Status {
    OCCURRED, PLANNED, ALLEGED, DISPUTED, DENIED;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }
}
