package org.sitrep.fuse;

/** What part of an event a reported number counts. Figures of different scopes never dispute each other. */
enum CountScope {
    EVENT("the whole event"),
    BATCH("one batch or day of an operation"),
    SUBGROUP("a sub-group of the victims"),
    PERPETRATORS("the attackers, another group than the victims"),
    CUMULATIVE("a running or overall total");

    private final String words;

    CountScope(String words) {
        this.words = words;
    }

    String words() {
        return words;
    }
}
