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

/**
 * Finds the place names a sentence writes as one list ("between X and Y", "X, Y and Z", "the X-Y road") or one
 * stretch ("from X to Y"), with the joining words of {@code lexicon/list-joiners.tsv}. Stateless.
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
    }

    private PlaceLists() {
    }

    /** The lists of two places or more among the spans, each keyed by every place it holds. */
    static Map<PlaceRef, Written> of(List<PlaceRef> spans, String sentence, int sentenceBegin) {
        List<PlaceRef> inOrder = new ArrayList<>(spans);
        inOrder.sort(Comparator.comparingInt(PlaceRef::start));
        Map<PlaceRef, Written> out = new HashMap<>();
        List<PlaceRef> run = new ArrayList<>();
        List<Boolean> worded = new ArrayList<>(); // whether a joining word comes before each place of the run
        boolean stretch = false;
        for (PlaceRef r : inOrder) {
            Join gap = run.isEmpty() ? null : gap(run.get(run.size() - 1), r, sentence, sentenceBegin);
            if (gap == null && !run.isEmpty() && !comma(run.get(run.size() - 1), r, sentence, sentenceBegin)) {
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

    /** How a joining word alone (with an optional comma and "the") joins two spans, or null. */
    private static Join gap(PlaceRef a, PlaceRef b, String sentence, int sentenceBegin) {
        String g = between(a, b, sentence, sentenceBegin);
        if (g == null) {
            return null;
        }
        String w = g.replaceFirst("^,", "").strip().replaceFirst("\\s+the$", "").strip();
        return JOINERS.get(w);
    }

    /** Whether only a comma lies between two spans. */
    private static boolean comma(PlaceRef a, PlaceRef b, String sentence, int sentenceBegin) {
        String g = between(a, b, sentence, sentenceBegin);
        return g != null && g.strip().equals(",");
    }

    private static String between(PlaceRef a, PlaceRef b, String sentence, int sentenceBegin) {
        int from = a.end() - sentenceBegin;
        int to = b.start() - sentenceBegin;
        if (from < 0 || to > sentence.length() || from > to || to - from > 12) {
            return null;
        }
        return sentence.substring(from, to).toLowerCase(Locale.ROOT);
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
