package org.sitrep.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a count of people counts; the code is the key of the output's counts map. */
public enum CountRole {
    FATALITIES, INJURED, CHILDREN_KILLED, WOMEN_KILLED, CIVILIANS_KILLED, CHILDREN_INJURED, WOMEN_INJURED,
    CIVILIANS_INJURED, ABDUCTED, DETAINED, DISPLACED, FIGHTERS, RELEASED;

    /** The key in output and stored JSON: the name in lower case ("children_killed"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of a code; {@link IllegalArgumentException} naming the code when it is none of them. */
    public static CountRole fromCode(String code) {
        CountRole role = lookup(code);
        if (role == null) {
            throw new IllegalArgumentException("unknown count role '" + code + "', not one of "
                    + Arrays.stream(values()).map(CountRole::code).collect(Collectors.joining(", ")));
        }
        return role;
    }

    /** The role of a code, or null when it is none of them. */
    public static CountRole lookup(String code) {
        if (code == null) {
            return null;
        }
        String name = code.trim().toUpperCase(Locale.ROOT);
        for (CountRole r : values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }

    /** People killed or injured, the totals a part ("including 8 children") belongs to. */
    public boolean harm() {
        return this == FATALITIES || this == INJURED;
    }
}
