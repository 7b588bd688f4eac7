package org.sitrep.resolve.actor;

import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.ActorClass;
import org.sitrep.model.ActorType;

/** The actor ACLED codes for an event side that the report leaves unnamed (rows of {@code side-defaults.tsv}). */
enum SideDefault {
    UNIDENTIFIED_ARMED_GROUP("unidentified armed group", ActorClass.UNIDENTIFIED_ARMED_GROUP.label(), ActorType.POLITICAL_MILITIA),
    CIVILIANS("civilians", ActorClass.CIVILIANS.label(), ActorType.CIVILIANS),
    POLICE("police", "Police Forces", ActorType.STATE_FORCES);

    private final String label;
    private final String name;
    private final ActorType type;

    SideDefault(String label, String name, ActorType type) {
        this.label = label;
        this.name = name;
        this.type = type;
    }

    /** The class name as ACLED writes it ("Civilians (Mali)", "Police Forces of Mali"); bare without a country. */
    String name(String country) {
        if (country == null) {
            return name;
        }
        return this == POLICE ? name + " of " + country : name + " (" + country + ")";
    }

    ActorType type() {
        return type;
    }

    static Optional<SideDefault> of(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        for (SideDefault d : values()) {
            if (d.label.equals(l)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
