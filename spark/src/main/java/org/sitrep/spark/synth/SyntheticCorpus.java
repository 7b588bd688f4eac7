package org.sitrep.spark.synth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A deterministic corpus of made-up news articles in Sitrep's JSONL input format, for tests and benchmarks
 * that need more articles than the bundled ones.
 *
 * <p>The generator plans events (kind, place, date, actors, a true count) and has one to four outlets report
 * each, published zero to two days later, in different words and sometimes with different counts. Articles
 * add background sentences and sometimes a line about another recent event. Sentences come from the
 * templates and slot fillers in {@code src/main/resources/synth/} (see its README.md), so the output is
 * English news prose that the core pipeline reads, not random text.
 *
 * <p>The same {@code (articles, seed)} always gives byte-identical output: one {@link SplittableRandom} drives
 * every choice and the data files are read in order.
 */
public final class SyntheticCorpus {
    /** Events are spread at a fixed rate from this day, so any corpus size has the same news density per week
     * (100,000 articles reach into 2023). */
    static final LocalDate START = LocalDate.of(2008, 1, 7);
    static final int EVENTS_PER_DAY = 8;
    static final double UNDATED_SHARE = 0.02;
    static final double SOURCE_SHARE = 0.65;
    /** Reports without date words resolve to the publication day, which may lie in the next week. */
    static final double NO_DATE_WORDS_SHARE = 0.10;
    static final int MIN_CHARS = 200;

    private static final JsonFactory JSON = new JsonFactory();

    private SyntheticCorpus() {
    }

    /**
     * One report sentence as planned: what an extractor should find in it.
     *
     * @param event        number of the planned event; reports with the same number describe one event
     * @param start        character offset of the sentence in the article text
     * @param end          offset just past the sentence
     */
    public record Report(long event, String kind, String eventType, String subEventType, String place,
                         String countryCode, LocalDate date, String sentence, int start, int end) {
    }

    /**
     * One generated article.
     *
     * @param published null for the undated articles (the JSON line then has no {@code published} field)
     * @param line      the article as one JSON line, without the line break
     * @param reports   its event-report sentences, the first one being the event the article is about
     */
    public record Generated(String id, String outlet, LocalDate published, String title, String text, String line,
                            List<Report> reports) {
    }

    /** The articles as JSONL lines (without line breaks). */
    public static List<String> jsonl(int articles, long seed) {
        List<String> out = new ArrayList<>(articles);
        iterator(articles, seed).forEachRemaining(g -> out.add(g.line()));
        return out;
    }

    /** The articles with their planned reports, for checking what an extractor makes of them. */
    public static List<Generated> generate(int articles, long seed) {
        List<Generated> out = new ArrayList<>(articles);
        iterator(articles, seed).forEachRemaining(out::add);
        return out;
    }

    /** Writes the articles as a JSONL file, one at a time, so memory does not grow with the corpus. */
    public static void write(Path file, int articles, long seed) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Iterator<Generated> it = iterator(articles, seed); it.hasNext(); ) {
                w.write(it.next().line());
                w.write('\n');
            }
        }
    }

    /** The articles, generated lazily. */
    public static Iterator<Generated> iterator(int articles, long seed) {
        if (articles < 0) {
            throw new IllegalArgumentException("articles must not be negative: " + articles);
        }
        return new Generator(SynthData.get(), articles, seed);
    }

    /** Usage: {@code SyntheticCorpus FILE ARTICLES [SEED]}; prints the time taken. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticCorpus FILE ARTICLES [SEED]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        long t0 = System.nanoTime();
        write(Path.of(args[0]), n, seed);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%d articles in %.2f s (%.0f articles/s), %d bytes%n", n, s, n / s,
                Files.size(Path.of(args[0])));
    }

    /** A planned event: every report of it shares place, date, actors and true count. */
    private record Planned(long no, SynthData.Kind kind, SynthData.Place place, SynthData.Place dest, LocalDate date,
                           int count, String state, String armed, String police) {
    }

    private static final class Generator implements Iterator<Generated> {
        /** How many past events a later article may mention in passing; they lie within the last week. */
        private static final int RECENT = 64;
        private static final int[] OUTLETS_PER_EVENT_WEIGHTS = {35, 30, 20, 15};
        private static final int[] DELAY_WEIGHTS = {35, 45, 20};

        private final SynthData data;
        private final int articles;
        private final long seed;
        private final SplittableRandom rnd;
        private final ArrayDeque<Planned> recent = new ArrayDeque<>();
        private final ArrayDeque<Generated> pending = new ArrayDeque<>();
        private long events;
        private long made;
        private int produced;

        Generator(SynthData data, int articles, long seed) {
            this.data = data;
            this.articles = articles;
            this.seed = seed;
            this.rnd = new SplittableRandom(seed);
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
            int reports = 1 + weighted(OUTLETS_PER_EVENT_WEIGHTS);
            List<SynthData.Outlet> outlets = shuffled(data.outletsFor(e.place().iso2()));
            List<String> templates = shuffled(e.kind().reports());
            for (int i = 0; i < reports && i < outlets.size(); i++) {
                pending.add(article(e, outlets.get(i), templates.get(i % templates.size())));
            }
            recent.addLast(e);
            if (recent.size() > RECENT) {
                recent.removeFirst();
            }
        }

        private Planned plan(long no) {
            SynthData.Kind kind = data.kinds().get(data.pickKind(rnd.nextInt(data.kindWeightTotal())));
            SynthData.Place place = pick(data.places());
            List<SynthData.Place> others = data.placesIn(place.iso2()).stream().filter(p -> p != place).toList();
            SynthData.Place dest = others.isEmpty() ? place : pick(others);
            LocalDate date = START.plusDays(no / EVENTS_PER_DAY);
            int count = kind.countMax() == 0 ? 0 : kind.countMin() + rnd.nextInt(kind.countMax() - kind.countMin() + 1);
            if (count >= 100) {
                // crowds and evacuations are estimated, never counted to the person
                count = count / 50 * 50;
            }
            return new Planned(no, kind, place, dest, date, count, actor(place, "state"), actor(place, "armed"),
                    actor(place, "police"));
        }

        private Generated article(Planned e, SynthData.Outlet outlet, String template) {
            LocalDate published = e.date().plusDays(weighted(DELAY_WEIGHTS));
            boolean undated = rnd.nextDouble() < UNDATED_SHARE;
            String n = count(e.count());
            String lead = sentence(e, template, n, published, rnd.nextDouble() >= NO_DATE_WORDS_SHARE);

            List<Planned> also = new ArrayList<>();
            double r = rnd.nextDouble();
            int extra = r < 0.10 ? 2 : r < 0.35 ? 1 : 0;
            for (int i = 0; i < extra; i++) {
                Planned other = otherRecent(e, published, also);
                if (other != null) {
                    also.add(other);
                }
            }
            // Paragraph parts: the lead first, then other reports and background in random order.
            List<Object> rest = new ArrayList<>(also);
            int sentences = 3 + rnd.nextInt(6);
            List<String> background = shuffled(e.kind().background());
            int b = 0;
            while (rest.size() + 1 < sentences && b < background.size()) {
                rest.add(fill(background.get(b++), e));
            }
            shuffleInPlace(rest);

            StringBuilder text = new StringBuilder();
            List<Report> reports = new ArrayList<>();
            append(text, reports, e, lead);
            for (Object part : rest) {
                if (part instanceof Planned p) {
                    String t = pick(p.kind().reports());
                    append(text, reports, p, sentence(p, t, count(p.count()), published, true));
                } else {
                    append(text, reports, null, (String) part);
                }
            }
            while (text.length() < MIN_CHARS && b < background.size()) {
                append(text, reports, null, fill(background.get(b++), e));
            }

            String id = "synth-" + seed + "-" + made++;
            String title = title(e, n);
            String url = "https://" + outlet.host() + (undated ? "/news/" : "/" + published.toString().replace('-', '/') + "/")
                    + slug(title) + "-" + id.substring(id.lastIndexOf('-') + 1);
            LocalDate pub = undated ? null : published;
            String s = text.toString();
            return new Generated(id, outlet.name(), pub, title, s, json(id, url, outlet.name(), pub, title, s),
                    List.copyOf(reports));
        }

        private void append(StringBuilder text, List<Report> reports, Planned e, String sentence) {
            if (!text.isEmpty()) {
                // paragraphs of one or a few sentences, as in wire copy
                text.append(rnd.nextBoolean() ? "\n\n" : " ");
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
            return fits.isEmpty() ? null : pick(fits);
        }

        private String sentence(Planned e, String template, String n, LocalDate published, boolean dateWords) {
            String when = dateWords ? when(e.date(), published) : "";
            String s = template.replace("{n}", n)
                    .replace("{place}", e.place().name())
                    .replace("{dest}", e.dest().name())
                    .replace("{state}", e.state())
                    .replace("{armed}", e.armed())
                    .replace("{police}", e.police())
                    .replace("{when}", when);
            if (when.isEmpty()) {
                s = s.replace("  ", " ").replace(" ,", ",").strip();
            }
            if (rnd.nextDouble() < SOURCE_SHARE) {
                List<String> sources = e.kind().sources();
                s = s + ", " + sources.get(rnd.nextInt(sources.size()));
            }
            return capitalize(s) + ".";
        }

        private String when(LocalDate event, LocalDate published) {
            int days = (int) (published.toEpochDay() - event.toEpochDay());
            List<String> fits = data.datePhrases(days);
            return pick(fits)
                    .replace("{weekday}", event.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                    .replace("{day}", Integer.toString(event.getDayOfMonth()))
                    .replace("{month}", event.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                    .replace("{year}", Integer.toString(event.getYear()));
        }

        /**
         * The count as one outlet reports it: outlets disagree as real ones do (a lower floor, a rounded or a
         * different figure, a vague word) but stay within the same magnitude, as Sitrep's fusion expects of
         * accounts of one event.
         */
        private String count(int n) {
            double r = rnd.nextDouble();
            if (r < 0.45) {
                return number(n);
            }
            if (r < 0.65) {
                return "at least " + number(estimate(n * (0.6 + 0.4 * rnd.nextDouble())));
            }
            if (r < 0.77) {
                return number(estimate(n * (0.75 + 0.5 * rnd.nextDouble())));
            }
            if (r < 0.85 && n > 12) {
                int step = n >= 100 ? 100 : n >= 50 ? 10 : 5;
                return "more than " + number(Math.max(step, (n - 1) / step * step));
            }
            if (r < 0.92 && n >= 20) {
                int step = n >= 1000 ? 100 : n >= 100 ? 50 : 5;
                return "about " + number(Math.max(step, Math.round((float) n / step) * step));
            }
            if (r >= 0.92 && n >= 3) {
                return n >= 2000 ? "thousands of" : n >= 200 ? "hundreds of" : n >= 24 ? "dozens of" : "several";
            }
            return number(n);
        }

        /** Another outlet's figure: at least two, and round like the true count once it is in the hundreds. */
        private static int estimate(double v) {
            int n = Math.max(2, (int) v);
            return n >= 100 ? n / 50 * 50 : n;
        }

        private String number(int n) {
            if (n <= 10 && rnd.nextBoolean()) {
                return SMALL[n];
            }
            return String.format(Locale.ROOT, "%,d", n);
        }

        private String title(Planned e, String reported) {
            String n = reported.endsWith(" of") ? reported.substring(0, reported.length() - 3) : reported;
            return capitalize(pick(e.kind().titles()).replace("{n}", n)
                    .replace("{place}", e.place().name()).replace("{dest}", e.dest().name()));
        }

        private String fill(String background, Planned e) {
            return background.replace("{country}", e.place().country()).replace("{place}", e.place().name());
        }

        private String actor(SynthData.Place place, String role) {
            List<String> options = data.actors(place.iso2(), role);
            return options.isEmpty() ? "" : pick(options);
        }

        private int weighted(int[] weights) {
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int x = rnd.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                x -= weights[i];
                if (x < 0) {
                    return i;
                }
            }
            throw new AssertionError();
        }

        private <T> T pick(List<T> options) {
            return options.get(rnd.nextInt(options.size()));
        }

        private <T> List<T> shuffled(List<T> in) {
            List<T> out = new ArrayList<>(in);
            shuffleInPlace(out);
            return out;
        }

        private <T> void shuffleInPlace(List<T> list) {
            for (int i = list.size() - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                T t = list.get(i);
                list.set(i, list.get(j));
                list.set(j, t);
            }
        }
    }

    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten"};

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }

    /** Jackson writes the line so that quotes, apostrophes and line breaks in the text are escaped properly. */
    static String json(String id, String url, String outlet, LocalDate published, String title, String text) {
        StringWriter out = new StringWriter(text.length() + 256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("url", url);
            g.writeStringField("outlet", outlet);
            if (published != null) {
                g.writeStringField("published", published.toString());
            }
            g.writeStringField("title", title);
            g.writeStringField("text", text);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
