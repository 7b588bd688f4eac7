package org.sitrep.evaluate;

import org.sitrep.common.StageClock;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.Pipeline;

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

    /** Scores the rows in order; the sink sees each, the returned tally sums them. */
    public Tally run(List<AcledRow> rows, Sink sink, IntConsumer progress) {
        Tally tally = new Tally();
        int done = 0;
        for (AcledRow row : rows) {
            IngestResult in = ingest.readString(docId(row), article(row), row.eventDate());
            String notRead = in.errors().isEmpty() ? null : in.errors().get(0).reason();
            List<EventMention> mentions = in.articles().isEmpty() ? List.of()
                    : pipeline.process(in.articles().get(0), StageClock.NONE).mentions();
            RowScore s = scorer.score(row, mentions);
            tally.add(s);
            sink.accept(s, notRead);
            progress.accept(++done);
        }
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
