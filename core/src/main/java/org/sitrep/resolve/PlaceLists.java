// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.common.Tsv;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Finds the place names a sentence writes as one list ("between X and Y", "X, Y and Z", "the X-Y road") or one
 * stretch ("from X to Y"), with the joining words of {@code lexicon/list-joiners.tsv}, read on the sentence's tokens.
 * Stateless.
 */
final class PlaceLists {
    /** How places are joined: alike in a list, or as the two ends of a stretch. */
    enum Join { LIST, STRETCH }

    private static final Map<String, Join> JOINERS = joiners();

    /**
     * One list: its places in text order, and whether it is a stretch ("from X to Y").
     *
     * @param places the places, first written first
     * @param join   LIST, or STRETCH when a stretch word joins two of them
     */
    record Written(List<PlaceRef> places, Join join) {
        PlaceRef first() {
            return places.get(0);
        }

        /**
         * Whether the list names parts of a town: its last name ends or begins with a part's kind word that the others
         * share ("the X, Y and Z neighbourhoods", "the X and Y areas").
         */
        boolean partsOfTown() {
            return join == Join.LIST && org.sitrep.resolve.place.PlaceSpans.partOfTown(places.get(places.size() - 1).text());
        }
    }

    private PlaceLists() {
    }

    /** The lists of two places or more among the spans, each keyed by every place it holds. */
    static Map<PlaceRef, Written> of(List<PlaceRef> spans, Sentence sentence) {
        List<PlaceRef> inOrder = new ArrayList<>(spans);
        inOrder.sort(Comparator.comparingInt(PlaceRef::start));
        Map<PlaceRef, Written> out = new HashMap<>();
        List<PlaceRef> run = new ArrayList<>();
        List<Boolean> worded = new ArrayList<>(); // whether a joining word comes before each place of the run
        boolean stretch = false;
        for (PlaceRef r : inOrder) {
            Join gap = run.isEmpty() ? null : gap(run.get(run.size() - 1), r, sentence);
            if (gap == null && !run.isEmpty() && !comma(run.get(run.size() - 1), r, sentence)) {
                close(run, worded, stretch, out);
                run = new ArrayList<>();
                worded = new ArrayList<>();
                stretch = false;
            }
            worded.add(gap != null);
            stretch |= gap == Join.STRETCH;
            run.add(r);
        }
        close(run, worded, stretch, out);
        return out;
    }

    /**
     * The places in the same positions, each list's members among them put in the order written: nearness to the
     * trigger orders the places of a sentence, but not those of one list, whose first stands for it ("clashes between
     * X and Y" is placed at X, as coders place it).
     *
     * @param refs   the places' spans, aligned with {@code places}
     * @param places the places, nearest the trigger first
     */
    static <T> List<T> firstWrittenFirst(List<PlaceRef> refs, List<T> places, Map<PlaceRef, Written> lists) {
        List<T> out = new ArrayList<>(places);
        java.util.Set<Written> done = new java.util.HashSet<>();
        for (int i = 0; i < refs.size(); i++) {
            Written w = lists.get(refs.get(i));
            if (w == null || !done.add(w)) {
                continue;
            }
            List<Integer> slots = new ArrayList<>();
            for (int j = 0; j < refs.size(); j++) {
                if (w.places().contains(refs.get(j))) {
                    slots.add(j);
                }
            }
            List<Integer> written = new ArrayList<>(slots);
            written.sort(Comparator.comparingInt(j -> refs.get(j).start()));
            for (int k = 0; k < slots.size(); k++) {
                out.set(slots.get(k), places.get(written.get(k)));
            }
        }
        return out;
    }

    /**
     * A run joined by commas only is a place and its containers ("X, Y, Z"), no list; and the names after a list's
     * last joining word that commas alone add are the list's containers ("X and Y, Z province").
     */
    private static void close(List<PlaceRef> run, List<Boolean> wordedBefore, boolean stretch, Map<PlaceRef, Written> out) {
        int last = wordedBefore.lastIndexOf(true);
        if (last < 1) {
            return;
        }
        Written w = new Written(List.copyOf(run.subList(0, last + 1)), stretch ? Join.STRETCH : Join.LIST);
        w.places().forEach(r -> out.put(r, w));
    }

    /** How a joining word alone (with an optional comma before it and "the" after it) joins two spans, or null. */
    private static Join gap(PlaceRef a, PlaceRef b, Sentence s) {
        List<String> g = between(a, b, s);
        if (g == null) {
            return null;
        }
        List<String> words = new ArrayList<>(g);
        if (!words.isEmpty() && words.get(0).equals(",")) {
            words.remove(0);
        }
        if (words.size() > 1 && words.get(words.size() - 1).equals("the")) {
            words.remove(words.size() - 1);
        }
        return JOINERS.get(String.join(" ", words));
    }

    /** Whether only a comma lies between two spans. */
    private static boolean comma(PlaceRef a, PlaceRef b, Sentence s) {
        List<String> g = between(a, b, s);
        return g != null && g.equals(List.of(","));
    }

    /**
     * The words between two spans a few characters apart, in lower case, as the tokenizer split them; a token that a
     * span boundary cuts ("Tula-Kaluga" written as one token with a span on each side of the hyphen) gives its part
     * between them. Null when the spans lie apart by more than a joining word, or outside the sentence.
     */
    private static List<String> between(PlaceRef a, PlaceRef b, Sentence s) {
        int from = a.end();
        int to = b.start();
        if (from < s.begin() || to > s.end() || from > to || to - from > 12) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.end() <= from || t.begin() >= to) {
                continue;
            }
            String w = t.word();
            if (t.begin() < from || t.end() > to) {
                if (w.length() != t.end() - t.begin()) {
                    return null; // a normalised token cut by a span: nothing to read between
                }
                w = w.substring(Math.max(from, t.begin()) - t.begin(), Math.min(to, t.end()) - t.begin());
            }
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * A place's part as its list gives it: a name listed after a place of origin is one too ("from X, Y and Z"); the
     * start of a stretch ("raids from X to Y") is where the event is, unless people move along it.
     */
    static PlaceRef.Role role(PlaceRef r, Written list, boolean movement) {
        if (list == null) {
            return r.role();
        }
        if (list.join() == Join.STRETCH) {
            return movement || r != list.first() ? r.role() : PlaceRef.Role.LOCATION;
        }
        return r.role() == PlaceRef.Role.LOCATION && list.first().role() == PlaceRef.Role.ORIGIN ? PlaceRef.Role.ORIGIN : r.role();
    }

    private static Map<String, Join> joiners() {
        Map<String, Join> out = new HashMap<>();
        for (Tsv.Row r : Tsv.read("/lexicon/list-joiners.tsv", 2)) {
            out.put(r.get(0).toLowerCase(Locale.ROOT), Join.valueOf(r.get(1).toUpperCase(Locale.ROOT)));
        }
        return Map.copyOf(out);
    }
}
