package org.sitrep.model;

/**
 * ACLED's names for a side that is a class of people rather than a named group ("Civilians (Mali)", "Unidentified
 * Armed Group (Niger)"). A closed set: the actor resolver writes these names, and fusion lets such a side fit any named
 * actor of the same event, since one outlet may name a group another leaves unnamed.
 */
public enum ActorClass {
    /** Every unidentified group begins so ("Unidentified Armed Group", "Unidentified Clan Militia"). */
    UNIDENTIFIED_ARMED_GROUP("Unidentified Armed Group", "Unidentified"),
    CIVILIANS("Civilians", "Civilians"),
    PROTESTERS("Protesters", "Protesters"),
    RIOTERS("Rioters", "Rioters");

    private final String label;
    private final String start;

    ActorClass(String label, String start) {
        this.label = label;
        this.start = start;
    }

    /** The name without its country: "Civilians". */
    public String label() {
        return label;
    }

    /** Whether a normalized actor name is one of this class, with or without its country (compared with case). */
    public boolean names(String actorName) {
        return actorName.startsWith(start);
    }

    /** Whether a normalized actor name is a class name, not a named group's. */
    public static boolean isClassName(String actorName) {
        for (ActorClass c : values()) {
            if (c.names(actorName)) {
                return true;
            }
        }
        return false;
    }
}
