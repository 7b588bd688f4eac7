// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.sitrep.common.Sha256;
import org.sitrep.ingest.FeedContent;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Article;
import org.sitrep.model.InputError;
import org.sitrep.store.StoreIngest;
import org.xml.sax.InputSource;

/**
 * Polls folders for new or changed article files and RSS/Atom feeds for items, and ingests what is new.
 * Idempotent: the store skips articles whose content hash it holds, so a second poll adds nothing.
 * A feed item becomes an article with the item's link as url, its title, its published (else updated)
 * date, the link's host as outlet, and its content (else description) as text, its markup read as the ingest reads
 * a JSONL record's ({@link FeedContent}); an item without text is an error naming the feed and the item.
 */
public final class Watcher {
    /** Largest feed document read. */
    static final int MAX_FEED_BYTES = 10 * 1024 * 1024;
    /** Longest a feed may take to read, body included: a feed that trickles must not hold the other sources. */
    static final Duration FEED_DEADLINE = Duration.ofSeconds(60);

    private final List<String> sources;
    private final ArticleIngestor ingestor;
    private final Ingest files = new Ingest();
    private final Map<Path, Long> seen = new HashMap<>();
    private final Duration feedDeadline;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** What one poll did; {@code warnings}: what files that still count were read without (JSONL unknown fields). */
    public record Poll(int read, int added, int skipped, List<String> errors, List<String> warnings) {
    }

    public Watcher(List<String> sources, ArticleIngestor ingestor) {
        this(sources, ingestor, FEED_DEADLINE);
    }

    /** With {@code feedDeadline} for reading each feed whole (tests use a short one). */
    Watcher(List<String> sources, ArticleIngestor ingestor, Duration feedDeadline) {
        this.sources = List.copyOf(sources);
        this.ingestor = ingestor;
        this.feedDeadline = feedDeadline;
    }

    /** Reads every source once and ingests the articles not seen before. */
    public Poll pollOnce() {
        List<Article> articles = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String s : sources) {
            try {
                if (s.startsWith("http://") || s.startsWith("https://")) {
                    IngestResult r = feed(URI.create(s));
                    articles.addAll(r.articles());
                    r.errors().forEach(e -> errors.add(e.input() + ": " + e.reason()));
                } else {
                    IngestResult r = files.read(newFiles(Path.of(s)));
                    articles.addAll(r.articles());
                    r.errors().forEach(e -> errors.add(e.input() + ": " + e.reason()));
                    r.warnings().forEach(w -> warnings.add(w.input() + ": " + w.reason()));
                }
            } catch (IOException | RuntimeException e) {
                errors.add(s + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                errors.add(s + ": interrupted");
            }
        }
        StoreIngest.Result r = articles.isEmpty() ? new StoreIngest.Result(0, 0, 0, 0, List.of()) : ingestor.ingest(articles);
        for (InputError e : r.errors()) {
            errors.add(e.input() + ": " + e.reason());
        }
        return new Poll(articles.size(), r.added(), r.skipped(), errors, warnings);
    }

    /** Files under {@code folder} (or the file itself) that are new or modified since the last poll. */
    private List<Path> newFiles(Path folder) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            if (Files.isRegularFile(folder) && changed(folder)) {
                out.add(folder);
            }
            return out;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (!p.getFileName().toString().startsWith(".") && changed(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private boolean changed(Path p) throws IOException {
        long modified = Files.getLastModifiedTime(p).toMillis();
        Long before = seen.put(p, modified);
        return before == null || before != modified;
    }

    IngestResult feed(URI uri) throws IOException, InterruptedException {
        byte[] body = FeedFetch.get(http, uri, feedDeadline, MAX_FEED_BYTES);
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new InputSource(new ByteArrayInputStream(body)));
        } catch (Exception e) {
            throw new IOException("not an RSS or Atom feed: " + e.getMessage(), e);
        }
        List<Article> out = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = e.getLink() == null || e.getLink().isBlank() ? null : e.getLink().strip();
            String text = text(e);
            if (text.isEmpty()) {
                String which = link != null ? link : e.getUri() != null ? e.getUri() : "titled " + FeedContent.title(e.getTitle());
                errors.add(new InputError(uri + "#" + which, "ingest",
                        "the feed item has no text (its content and description are empty or only markup)"));
                continue;
            }
            String key = link != null ? link : e.getUri() != null ? e.getUri() : text;
            String id = "feed-" + Sha256.hex(key).substring(0, 20);
            out.add(new Article(id, host(link != null ? link : uri.toString()), link, day(e),
                    FeedContent.title(e.getTitle()), text, null, uri + "#" + (link != null ? link : id)));
        }
        return new IngestResult(out, errors, 0);
    }

    /**
     * The item's contents (else its description) as text, each read by its type as the ingest reads markup
     * ({@link FeedContent}), paragraphs apart.
     */
    private static String text(SyndEntry e) {
        List<String> parts = new ArrayList<>();
        for (SyndContent c : e.getContents()) {
            String t = FeedContent.text(c.getValue(), c.getType());
            if (!t.isEmpty()) {
                parts.add(t);
            }
        }
        if (parts.isEmpty() && e.getDescription() != null) {
            parts.add(FeedContent.text(e.getDescription().getValue(), e.getDescription().getType()));
        }
        return String.join("\n\n", parts).strip();
    }

    private static LocalDate day(SyndEntry e) {
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        return d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
