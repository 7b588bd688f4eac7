package org.sitrep.fuse;

/**
 * What a report shares with the event it joined. The weights rank the events a report could join: a
 * shared town outweighs a shared day, which outweighs agreeing counts (see docs/fusion.md).
 */
enum JoinFeature {
    SAME_TOWN(3, "same town"),
    NESTED_PLACE(1, "place within the event's place"),
    SAME_DAY(2, "same day"),
    OVERLAPPING_DATES(1, "dates overlap"),
    BATCH_OF_OPERATION(1, "a batch of the same operation"),
    EARLIER_EVENT(0, "event before the report's publication"),
    SAME_SUB_TYPE(1, "same sub-event type"),
    COUNTS_AGREE(1, "counts agree"),
    SAME_ACTOR(1, "same actor"),
    SHARED_WORDS(1, "shared distinctive words"),
    SAME_ARTICLE(2, "another sentence of the same article");

    private final int weight;
    private final String words;

    JoinFeature(int weight, String words) {
        this.weight = weight;
        this.words = words;
    }

    int weight() {
        return weight;
    }

    String words() {
        return words;
    }
}
