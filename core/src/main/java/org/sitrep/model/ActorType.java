package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * ACLED's actor categories with their "inter" codes, plus Sitrep's "foreign state" (a state acting abroad, which
 * ACLED files as external/other forces, code 8). The label is what mentions carry in {@code Actor.type}.
 */
public enum ActorType {
    STATE_FORCES("state forces", 1),
    REBEL_GROUP("rebel group", 2),
    POLITICAL_MILITIA("political militia", 3),
    IDENTITY_MILITIA("identity militia", 4),
    RIOTERS("rioters", 5),
    PROTESTERS("protesters", 6),
    CIVILIANS("civilians", 7),
    EXTERNAL_FORCES("external/other forces", 8),
    FOREIGN_STATE("foreign state", 8);

    private final String label;
    private final int inter;

    ActorType(String label, int inter) {
        this.label = label;
        this.inter = inter;
    }

    /** The label written in actors.tsv and in output ("state forces"). */
    @JsonValue
    public String label() {
        return label;
    }

    /** ACLED's inter code (1-8). */
    public int inter() {
        return inter;
    }

    /** Whether actors of this type carry arms (codes 1-4 and 8). */
    public boolean armed() {
        return inter <= 4 || inter == 8;
    }

    /** Crowds and bystanders: rioters, protesters, civilians. */
    public boolean crowd() {
        return inter >= 5 && inter <= 7;
    }

    /** The type a label names, if any. */
    public static Optional<ActorType> of(String label) {
        return Optional.ofNullable(ofLabel(label));
    }

    /** The type a label names, or null: how JSON labels are read back. */
    @JsonCreator
    public static ActorType ofLabel(String label) {
        if (label != null) {
            for (ActorType t : values()) {
                if (t.label.equalsIgnoreCase(label.strip())) {
                    return t;
                }
            }
        }
        return null;
    }
}
