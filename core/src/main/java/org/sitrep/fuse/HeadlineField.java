package org.sitrep.fuse;

import java.util.Arrays;
import java.util.Locale;
import org.sitrep.model.CountRole;

/** The headline values of a fused event an analyst may correct, by their output names. */
public enum HeadlineField {
    FATALITIES(CountRole.FATALITIES),
    INJURED(CountRole.INJURED),
    DISPLACED(CountRole.DISPLACED),
    DATE(null),
    LOCATION(null),
    SUB_EVENT_TYPE(null),
    STATUS(null);

    private final CountRole role;

    HeadlineField(CountRole role) {
        this.role = role;
    }

    /** As in events.jsonl: "fatalities", "date", "sub_event_type", ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether it is a count (a key of the event's counts). */
    public boolean count() {
        return role != null;
    }

    /** The count it corrects, or null when it is not a count. */
    public CountRole role() {
        return role;
    }

    /** The field the explanation's note line starts with. */
    String noteKey() {
        return this == SUB_EVENT_TYPE ? "type" : code();
    }

    /** The field of a name, or an IllegalArgumentException listing the fields. */
    public static HeadlineField fromCode(String code) {
        for (HeadlineField f : values()) {
            if (code != null && f.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("field must be one of " + String.join(", ",
                Arrays.stream(values()).map(HeadlineField::code).toList()) + ", not " + code);
    }
}
