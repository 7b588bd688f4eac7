package org.sitrep.fuse;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;
import org.sitrep.model.Source;

/**
 * Distinctive words two reports share: words of six letters or more, compared by their first five
 * letters (so "theatre" meets "theater" and "shelled" meets "shelling"), leaving out the names of the
 * places, which {@link JoinFeature#SAME_TOWN} already weighs. A cheap sign that a report published weeks
 * later tells the same story (the same building, weapon or group).
 */
final class Words {
    /** Shared stems that count as shared wording. */
    static final int ENOUGH = 2;
    private static final int MIN_LENGTH = 6;
    private static final int STEM = 5;

    private Words() {
    }

    /** How many stems of {@code mine} any of {@code theirs} holds. */
    static int shared(Set<String> mine, List<Set<String>> theirs) {
        int n = 0;
        for (String s : mine) {
            for (Set<String> t : theirs) {
                if (t.contains(s)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** The distinctive stems of a mention's evidence sentences. */
    static Set<String> stems(EventMention m) {
        Set<String> places = new HashSet<>();
        for (Place p : new Place[] {m.location(), m.origin(), m.destination()}) {
            if (p != null) {
                places.add(stem(p.name()));
                p.aliases().forEach(a -> places.add(stem(a)));
            }
        }
        Set<String> out = new HashSet<>();
        for (Source s : m.sources()) {
            if (s.sentence() == null) {
                continue;
            }
            for (String w : s.sentence().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() >= MIN_LENGTH && !places.contains(stem(w))) {
                    out.add(stem(w));
                }
            }
        }
        return out;
    }

    private static String stem(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.length() <= STEM ? l : l.substring(0, STEM);
    }
}
