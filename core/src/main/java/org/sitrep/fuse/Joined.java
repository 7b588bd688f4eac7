package org.sitrep.fuse;

import java.util.List;
import java.util.Set;

/**
 * Why one report is in its group: how it came in and, when it joined one, the features it shared with it.
 *
 * @param how      "founds the event: …", "joins as a direct report", …
 * @param features what it shared with the group; empty when it founded the group
 * @param joinedOne true when it joined a group that other reports had formed (its features are the reason)
 */
record Joined(String how, Set<JoinFeature> features, boolean joinedOne) {
    Joined {
        features = Set.copyOf(features);
    }

    /** A report that started its group, or one grouped elsewhere (the distributed job): the words say how. */
    static Joined founds(String how) {
        return new Joined(how, Set.of(), false);
    }

    static Joined joins(String how, Set<JoinFeature> features) {
        return new Joined(how, features, true);
    }

    /** The same join, its words preceded by what an analyst did ("merged in by …; the machine: "). */
    Joined after(String correction) {
        return new Joined(correction + how, features, joinedOne);
    }

    /** The features in words, strongest first (JoinFeature order). */
    List<String> words() {
        return features.stream().sorted().map(JoinFeature::words).toList();
    }

    /** The reason as one line: how, and what it shared ("compatible" when a join shared nothing listed). */
    String text() {
        if (!joinedOne) {
            return how;
        }
        return how + ": " + (features.isEmpty() ? "compatible" : String.join(", ", words()));
    }
}
