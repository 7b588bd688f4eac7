package org.sitrep.resolve.actor;

import java.util.Optional;

/**
 * What kind of body a claimed source is. The kinds {@code sources.tsv} and {@code source-kind-suffixes.tsv} may give
 * a row are the listed ones; three more are only ever found by the normalizer: a named non-state actor speaking
 * ("an Ahrar al-Sham official"), a coordination of several sources, and a phrase that was not recognised.
 */
public enum SourceKind {
    NEWS_AGENCY("news agency", true),
    MONITOR("monitor", true),
    MINISTRY("ministry", true),
    MILITARY("military", true),
    GOVERNMENT("government", true),
    NGO("NGO", true),
    UN_AGENCY("UN agency", true),
    OFFICIAL("official", true),
    WITNESS("witness", true),
    MEDIA_UNIT("media unit", true),
    MEDIA("media", true),
    RESEARCH("research", true),
    ANONYMOUS("anonymous", true),
    ARMED_GROUP("armed group", false),
    MULTIPLE("multiple", false),
    UNKNOWN("unknown", false);

    private final String label;
    private final boolean listed;

    SourceKind(String label, boolean listed) {
        this.label = label;
        this.listed = listed;
    }

    /** The kind as the data files write it ("news agency", "UN agency"). */
    public String label() {
        return label;
    }

    /** The listed kind a data file's cell names, exactly as written, or empty. */
    static Optional<SourceKind> listed(String label) {
        for (SourceKind k : values()) {
            if (k.listed && k.label.equals(label)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
