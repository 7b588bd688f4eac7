package org.sitrep.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.sitrep.ingest.Deduplicator;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Article;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineResult;

/**
 * Runs the pipeline on each coded row's notes, read as a short article published on the row's
 * event_date (as the project's scorer writes them), and scores its first mention against the coding.
 */
public final class Evaluation {
    private static final Pattern NOT_ALNUM = Pattern.compile("[^A-Za-z0-9]+");

    private final Pipeline pipeline;
    private final Ingest ingest;
    private final RowScorer scorer;

    public Evaluation(Pipeline pipeline, Ingest ingest, RowScorer scorer) {
        this.pipeline = pipeline;
        this.ingest = ingest;
        this.scorer = scorer;
    }

    /** Receives each row's score, and why its notes could not be read (null when they could). */
    @FunctionalInterface
    public interface Sink {
        void accept(RowScore score, String notRead);
    }

    /**
     * Scores the rows in order; the sink sees each, the returned tally sums them. The notes are read as one batch
     * by the pipeline's parallel run, as `extract` reads a directory; rows whose notes repeat an earlier row's word
     * for word (ACLED codes one event per location and repeats the note) are copies, read once and reported under
     * their own ids, as `extract` reports identical texts. So these figures are the ones the project's scorer
     * gives on `extract`'s output for the same rows.
     */
    public Tally run(List<AcledRow> rows, Sink sink, IntConsumer progress) {
        Deduplicator copies = new Deduplicator();
        List<Article> articles = new ArrayList<>();
        Map<String, String> notRead = new HashMap<>();
        for (AcledRow row : rows) {
            String id = docId(row);
            IngestResult in = ingest.readString(id, article(row), row.eventDate());
            if (!in.errors().isEmpty()) {
                notRead.put(id, in.errors().get(0).reason());
            } else {
                Article a = in.articles().get(0);
                Deduplicator.Admitted admitted = copies.accept(a.contentHash(), a.docId());
                articles.add(new Article(a.docId(), a.outlet(), a.url(), a.published(), a.title(), a.text(),
                        a.contentHash(), a.input(), admitted.copyOf()));
            }
        }
        PipelineResult read = pipeline.run(articles, List.of(), progress);
        read.errors().forEach(e -> notRead.putIfAbsent(e.input(), e.reason()));
        Map<String, List<EventMention>> byArticle = new HashMap<>();
        read.mentions().forEach(m -> byArticle.computeIfAbsent(m.docId(), k -> new ArrayList<>()).add(m));
        Tally tally = new Tally();
        for (AcledRow row : rows) {
            String id = docId(row);
            RowScore s = scorer.score(row, byArticle.getOrDefault(id, List.of()));
            tally.add(s);
            sink.accept(s, notRead.get(id));
        }
        progress.accept(rows.size());
        return tally;
    }

    /** The article's id, as the scorer names ACLED articles: "acled-" and the row id's letters and digits. */
    static String docId(AcledRow row) {
        return "acled-" + NOT_ALNUM.matcher(row.id()).replaceAll("");
    }

    /** The notes as the scorer's article file holds them after its date line: leading space dropped, one final newline. */
    static String article(AcledRow row) {
        return row.notes().stripLeading() + "\n";
    }
}
