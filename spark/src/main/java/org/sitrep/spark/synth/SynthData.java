package org.sitrep.spark.synth;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.common.Tsv;

/**
 * The generator's templates and slot fillers, read once from {@code /synth/*.tsv}. Everything is kept in
 * file order, because the generator's choices index into these lists and must not depend on hashing.
 */
record SynthData(List<Kind> kinds, int[] kindCumulative, List<Place> places, List<Actor> actorRows,
                 List<Outlet> outlets, List<DatePhrase> dates) {

    record Kind(String name, String eventType, String subEventType, int weight, int countMin, int countMax,
                List<String> reports, List<String> titles, List<String> sources, List<String> background) {
    }

    record Place(String name, String iso2, String country) {
    }

    record Actor(String iso2, String role, String phrase) {
    }

    record Outlet(String name, String host, List<String> countries) {
    }

    record DatePhrase(int minDays, int maxDays, String phrase) {
    }

    private static final class Holder {
        static final SynthData DATA = load();
    }

    static SynthData get() {
        return Holder.DATA;
    }

    int kindWeightTotal() {
        return kindCumulative[kindCumulative.length - 1];
    }

    /** The kind whose weight interval holds {@code x} (0 &lt;= x &lt; total weight). */
    int pickKind(int x) {
        for (int i = 0; i < kindCumulative.length; i++) {
            if (x < kindCumulative[i]) {
                return i;
            }
        }
        throw new IllegalArgumentException("x out of range: " + x);
    }

    List<Place> placesIn(String iso2) {
        return places.stream().filter(p -> p.iso2().equals(iso2)).toList();
    }

    List<String> actors(String iso2, String role) {
        return actorRows.stream().filter(a -> a.role().equals(role) && (a.iso2().equals(iso2) || a.iso2().equals("*")))
                .map(Actor::phrase).toList();
    }

    List<Outlet> outletsFor(String iso2) {
        return outlets.stream().filter(o -> o.countries().contains("*") || o.countries().contains(iso2)).toList();
    }

    List<String> datePhrases(int days) {
        List<String> out = dates.stream().filter(d -> d.minDays() <= days && days <= d.maxDays())
                .map(DatePhrase::phrase).toList();
        if (out.isEmpty()) {
            throw new IllegalStateException("dates.tsv has no phrase for an event " + days + " days before publication");
        }
        return out;
    }

    private static SynthData load() {
        List<Tsv.Row> templates = Tsv.read("/synth/templates.tsv", 3);
        List<Tsv.Row> sources = Tsv.read("/synth/sources.tsv", 2);
        List<Tsv.Row> background = Tsv.read("/synth/background.tsv", 2);
        List<Kind> kinds = new ArrayList<>();
        for (Tsv.Row r : Tsv.read("/synth/kinds.tsv", 6)) {
            String name = r.get(0);
            List<String> reports = part(templates, name, "report");
            if (reports.size() < 4) {
                throw new IllegalStateException("templates.tsv: kind " + name + " needs at least 4 report templates");
            }
            List<String> titles = part(templates, name, "title");
            List<String> cited = sources.stream()
                    .filter(s -> s.get(0).equals("*") || List.of(s.get(0).split(",")).contains(name))
                    .map(s -> s.get(1)).toList();
            List<String> padding = background.stream()
                    .filter(b -> b.get(0).equals("*") || List.of(b.get(0).split(",")).contains(name))
                    .map(b -> b.get(1)).toList();
            kinds.add(new Kind(name, r.get(1), r.get(2), Integer.parseInt(r.get(3)), Integer.parseInt(r.get(4)),
                    Integer.parseInt(r.get(5)), reports, titles.isEmpty() ? reports.subList(0, 1) : titles, cited,
                    padding));
        }
        for (Tsv.Row t : templates) {
            if (kinds.stream().noneMatch(k -> k.name().equals(t.get(0)))) {
                throw new IllegalStateException("templates.tsv:" + t.line() + ": unknown kind " + t.get(0));
            }
        }
        int[] cumulative = new int[kinds.size()];
        int total = 0;
        for (int i = 0; i < kinds.size(); i++) {
            total += kinds.get(i).weight();
            cumulative[i] = total;
        }
        List<Place> places = Tsv.read("/synth/places.tsv", 3).stream()
                .map(r -> new Place(r.get(0), r.get(1), r.get(2))).toList();
        List<Actor> actors = Tsv.read("/synth/actors.tsv", 3).stream()
                .map(r -> new Actor(r.get(0), r.get(1), r.get(2))).toList();
        List<Outlet> outlets = Tsv.read("/synth/outlets.tsv", 3).stream()
                .map(r -> new Outlet(r.get(0), r.get(1), List.of(r.get(2).split(",")))).toList();
        List<DatePhrase> dates = Tsv.read("/synth/dates.tsv", 3).stream()
                .map(r -> new DatePhrase(Integer.parseInt(r.get(0)), Integer.parseInt(r.get(1)), r.get(2))).toList();
        return new SynthData(List.copyOf(kinds), cumulative, places, actors, outlets, dates);
    }

    private static List<String> part(List<Tsv.Row> templates, String kind, String part) {
        return templates.stream().filter(t -> t.get(0).equals(kind) && t.get(1).equals(part)).map(t -> t.get(2)).toList();
    }
}
