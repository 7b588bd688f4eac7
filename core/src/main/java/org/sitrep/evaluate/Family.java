package org.sitrep.evaluate;

import java.util.List;
import java.util.Locale;

/**
 * ACLED's six event families, comparable across the pre-2019 and 2019+ codebooks: an event type belongs
 * to the first family whose key it contains ("Explosions/Remote violence" is REMOTE).
 */
public enum Family {
    BATTLE("battle"),
    REMOTE("remote", "explosion"),
    CIVILIANS("civilians"),
    PROTEST_RIOT("protest", "riot"),
    STRATEGIC("strategic", "transfer"),
    HUMANITARIAN("humanitarian"),
    OTHER;

    private final List<String> keys;

    Family(String... keys) {
        this.keys = List.of(keys);
    }

    public static Family of(String eventType) {
        String e = eventType == null ? "" : eventType.toLowerCase(Locale.ROOT);
        for (Family f : values()) {
            if (f.keys.stream().anyMatch(e::contains)) {
                return f;
            }
        }
        return OTHER;
    }

    /** As the scorer prints it: "protest_riot". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
