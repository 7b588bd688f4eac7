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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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
 * every choice ({@link Chance}) and the data files are read in order. The plan and the articles' assembly are
 * {@link Generator}'s, their words {@link Wording}'s; this class is the corpus's entry point and its JSONL form.
 */
public final class SyntheticCorpus {
    /** Events are spread at a fixed rate from this day, so any corpus size has the same news density per week
     * (100,000 articles reach into 2023). */
    static final LocalDate START = LocalDate.of(2008, 1, 7);
    static final int EVENTS_PER_DAY = 8;
    static final double UNDATED_SHARE = 0.02;
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
