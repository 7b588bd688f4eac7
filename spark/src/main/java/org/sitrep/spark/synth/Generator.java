package org.sitrep.spark.synth;

import static org.sitrep.spark.synth.SyntheticCorpus.EVENTS_PER_DAY;
import static org.sitrep.spark.synth.SyntheticCorpus.MIN_CHARS;
import static org.sitrep.spark.synth.SyntheticCorpus.NO_DATE_WORDS_SHARE;
import static org.sitrep.spark.synth.SyntheticCorpus.START;
import static org.sitrep.spark.synth.SyntheticCorpus.UNDATED_SHARE;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.sitrep.spark.synth.SyntheticCorpus.Generated;
import org.sitrep.spark.synth.SyntheticCorpus.Report;

/**
 * Plans events and has outlets report them, one article at a time: what happened where and when, which outlets
 * report it, and how an article is put together (lead, other recent events, background). The words are
 * {@link Wording}'s; every draw is {@link Chance}'s, in a fixed order.
 */
final class Generator implements Iterator<Generated> {
    /** How many past events a later article may mention in passing; they lie within the last week. */
    private static final int RECENT = 64;
    private static final int[] OUTLETS_PER_EVENT_WEIGHTS = {35, 30, 20, 15};
    private static final int[] DELAY_WEIGHTS = {35, 45, 20};

    private final SynthData data;
    private final int articles;
    private final long seed;
    private final Chance chance;
    private final Wording wording;
    private final ArrayDeque<Planned> recent = new ArrayDeque<>();
    private final ArrayDeque<Generated> pending = new ArrayDeque<>();
    private long events;
    private long made;
    private int produced;

    Generator(SynthData data, int articles, long seed) {
        this.data = data;
        this.articles = articles;
        this.seed = seed;
        this.chance = new Chance(seed);
        this.wording = new Wording(data, chance);
    }

    @Override
    public boolean hasNext() {
        return produced < articles;
    }

    @Override
    public Generated next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        while (pending.isEmpty()) {
            planAndReport();
        }
        produced++;
        return pending.poll();
    }

    private void planAndReport() {
        Planned e = plan(events++);
        int reports = 1 + chance.weighted(OUTLETS_PER_EVENT_WEIGHTS);
        List<SynthData.Outlet> outlets = chance.shuffled(data.outletsFor(e.place().iso2()));
        List<String> templates = chance.shuffled(e.kind().reports());
        for (int i = 0; i < reports && i < outlets.size(); i++) {
            pending.add(article(e, outlets.get(i), templates.get(i % templates.size())));
        }
        recent.addLast(e);
        if (recent.size() > RECENT) {
            recent.removeFirst();
        }
    }

    private Planned plan(long no) {
        SynthData.Kind kind = data.kinds().get(data.pickKind(chance.nextInt(data.kindWeightTotal())));
        SynthData.Place place = chance.pick(data.places());
        List<SynthData.Place> others = data.placesIn(place.iso2()).stream().filter(p -> p != place).toList();
        SynthData.Place dest = others.isEmpty() ? place : chance.pick(others);
        LocalDate date = START.plusDays(no / EVENTS_PER_DAY);
        int count = kind.countMax() == 0 ? 0 : kind.countMin() + chance.nextInt(kind.countMax() - kind.countMin() + 1);
        if (count >= 100) {
            // crowds and evacuations are estimated, never counted to the person
            count = count / 50 * 50;
        }
        return new Planned(no, kind, place, dest, date, count, actor(place, "state"), actor(place, "armed"),
                actor(place, "police"));
    }

    private Generated article(Planned e, SynthData.Outlet outlet, String template) {
        LocalDate published = e.date().plusDays(chance.weighted(DELAY_WEIGHTS));
        boolean undated = chance.nextDouble() < UNDATED_SHARE;
        String n = wording.count(e.count());
        String lead = wording.sentence(e, template, n, published, chance.nextDouble() >= NO_DATE_WORDS_SHARE);

        List<Planned> also = new ArrayList<>();
        double r = chance.nextDouble();
        int extra = r < 0.10 ? 2 : r < 0.35 ? 1 : 0;
        for (int i = 0; i < extra; i++) {
            Planned other = otherRecent(e, published, also);
            if (other != null) {
                also.add(other);
            }
        }
        // Paragraph parts: the lead first, then other reports and background in random order.
        List<Object> rest = new ArrayList<>(also);
        int sentences = 3 + chance.nextInt(6);
        List<String> background = chance.shuffled(e.kind().background());
        int b = 0;
        while (rest.size() + 1 < sentences && b < background.size()) {
            rest.add(Wording.fill(background.get(b++), e));
        }
        chance.shuffleInPlace(rest);

        StringBuilder text = new StringBuilder();
        List<Report> reports = new ArrayList<>();
        append(text, reports, e, lead);
        for (Object part : rest) {
            if (part instanceof Planned p) {
                String t = chance.pick(p.kind().reports());
                append(text, reports, p, wording.sentence(p, t, wording.count(p.count()), published, true));
            } else {
                append(text, reports, null, (String) part);
            }
        }
        while (text.length() < MIN_CHARS && b < background.size()) {
            append(text, reports, null, Wording.fill(background.get(b++), e));
        }

        String id = "synth-" + seed + "-" + made++;
        String title = wording.title(e, n);
        String url = "https://" + outlet.host() + (undated ? "/news/" : "/" + published.toString().replace('-', '/') + "/")
                + SyntheticCorpus.slug(title) + "-" + id.substring(id.lastIndexOf('-') + 1);
        LocalDate pub = undated ? null : published;
        String s = text.toString();
        return new Generated(id, outlet.name(), pub, title, s, SyntheticCorpus.json(id, url, outlet.name(), pub, title, s),
                List.copyOf(reports));
    }

    private void append(StringBuilder text, List<Report> reports, Planned e, String sentence) {
        if (!text.isEmpty()) {
            // paragraphs of one or a few sentences, as in wire copy
            text.append(chance.nextBoolean() ? "\n\n" : " ");
        }
        int start = text.length();
        text.append(sentence);
        if (e != null) {
            reports.add(new Report(e.no(), e.kind().name(), e.kind().eventType(), e.kind().subEventType(),
                    e.place().name(), e.place().iso2(), e.date(), sentence, start, text.length()));
        }
    }

    /**
     * A recent event the article can mention in passing: in the same country (Sitrep reads an article's
     * places in the light of its country, as news about one country is written), at another place and of
     * another kind (two reports of one kind at one place in an article are one event to Sitrep), and on a
     * day the article can name.
     */
    private Planned otherRecent(Planned lead, LocalDate published, List<Planned> taken) {
        List<Planned> fits = new ArrayList<>();
        for (Planned p : recent) {
            if (p.place().iso2().equals(lead.place().iso2()) && p.place() != lead.place() && p.kind() != lead.kind()
                    && !p.date().isAfter(published) && !p.date().isBefore(published.minusDays(6))
                    && taken.stream().noneMatch(t -> t.place() == p.place() || t.kind() == p.kind())) {
                fits.add(p);
            }
        }
        return fits.isEmpty() ? null : chance.pick(fits);
    }

    private String actor(SynthData.Place place, String role) {
        List<String> options = data.actors(place.iso2(), role);
        return options.isEmpty() ? "" : chance.pick(options);
    }
}
