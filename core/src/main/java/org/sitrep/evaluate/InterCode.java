package org.sitrep.evaluate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * ACLED's inter codes (the kind of actor, "1" state forces .. "8" external/other forces) and the actor
 * types Sitrep writes that count as each.
 */
public enum InterCode {
    STATE_FORCES("1", "state forces", "military", "police"),
    REBEL_GROUP("2", "rebel group", "rebels"),
    POLITICAL_MILITIA("3", "political militia"),
    IDENTITY_MILITIA("4", "identity militia", "communal militia"),
    RIOTERS("5", "rioters"),
    PROTESTERS("6", "protesters"),
    CIVILIANS("7", "civilians"),
    EXTERNAL("8", "external/other forces", "foreign state", "international organization", "other");

    private final String code;
    private final List<String> actorTypes;

    InterCode(String code, String... actorTypes) {
        this.code = code;
        this.actorTypes = List.of(actorTypes);
    }

    public String code() {
        return code;
    }

    /** The code of a Sitrep actor type, compared without case; empty for an unknown or missing type. */
    public static Optional<InterCode> ofActorType(String type) {
        if (type == null) {
            return Optional.empty();
        }
        String t = type.toLowerCase(Locale.ROOT);
        for (InterCode c : values()) {
            if (c.actorTypes.contains(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
