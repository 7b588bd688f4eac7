package org.sitrep.evaluate;

/**
 * The fields on which Sitrep's first mention of a row is compared with the row's coding, named and
 * defined as the project's scorer (shared/eval/score.py {@code acled}) names and defines them.
 */
public enum Field {
    /** any mention at all */
    DETECTED("detected"),
    FAMILY_TOP1("family_top1"),
    CLASS_TOP1("class_top1"),
    SUB_TYPE_TOP1("sub_type_top1"),
    /** rows whose notes do not mention a split of fatalities; a mention without a fatalities count says 0 */
    FATALITIES_EXACT("fatalities_exact"),
    /** the same, over rows coded with deaths */
    FATALITIES_NONZERO("fatalities_nonzero"),
    COUNTRY("country"),
    ADMIN1("admin1"),
    /** admin1 names compared loosely, or the place within 25 km */
    ADMIN1_LOOSE("admin1_loose"),
    GEO_25KM("geo_25km"),
    GEO_100KM("geo_100km"),
    /** one trial per coded actor (inter1, inter2 not 0) */
    ACTOR_TYPE("actor_type"),
    DATE("date");

    private final String label;

    Field(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
