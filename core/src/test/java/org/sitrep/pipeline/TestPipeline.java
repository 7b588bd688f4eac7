package org.sitrep.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;

/** One loaded pipeline shared by the tests of a run: the models take seconds to load. */
public final class TestPipeline {
    private static Pipeline pipeline;

    private TestPipeline() {
    }

    public static synchronized Pipeline get() {
        if (pipeline == null) {
            pipeline = Pipeline.load();
        }
        return pipeline;
    }

    /** Runs the whole pipeline on one text, as if it were an article of that publication date. */
    public static PipelineResult runText(String id, String text, LocalDate published) {
        IngestResult in = new Ingest().readString(id, text, published);
        return get().run(in.articles(), in.errors(), in.duplicates());
    }

    public static PipelineResult runTexts(List<String[]> idTextDate) {
        var articles = new java.util.ArrayList<org.sitrep.model.Article>();
        var errors = new java.util.ArrayList<org.sitrep.model.InputError>();
        for (String[] t : idTextDate) {
            IngestResult in = new Ingest().readString(t[0], t[1], t[2] == null ? null : LocalDate.parse(t[2]));
            articles.addAll(in.articles());
            errors.addAll(in.errors());
        }
        return get().run(articles, errors, 0);
    }
}
