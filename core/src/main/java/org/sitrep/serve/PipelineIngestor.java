// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.Annotator;
import org.sitrep.extract.Extractor;
import org.sitrep.fuse.Fuser;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Article;
import org.sitrep.model.InputError;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.Resolver;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreIngest;

/**
 * The production ingestor of the server and of {@code sitrep watch}: each article's text goes through the ingest
 * stage's checks (size, binary, a whole HTML page, length, language) as if it were a .txt file, then
 * {@link StoreIngest#withPipeline}. Built from a store alone, the NLP models load on first use (several seconds,
 * about 1.5 GB), so a server that only reads never loads them.
 */
public final class PipelineIngestor implements ArticleIngestor {
    private final EventStore store;
    private final Ingest checks = new Ingest();
    private StoreIngest ingest;

    public PipelineIngestor(EventStore store) {
        this.store = store;
    }

    /** With the pipeline loaded already. */
    public PipelineIngestor(EventStore store, Pipeline pipeline) {
        this.store = store;
        this.ingest = StoreIngest.withPipeline(store, pipeline, pipeline.fuser());
    }

    private synchronized StoreIngest ingest() {
        if (ingest == null) {
            Resolver resolver = Resolver.load();
            Pipeline pipeline = new Pipeline(checks, Annotator.load(), new Extractor(), resolver,
                    new Fuser(resolver.gazetteer()));
            ingest = StoreIngest.withPipeline(store, pipeline, pipeline.fuser());
        }
        return ingest;
    }

    @Override
    public StoreIngest.Result ingest(List<Article> articles) {
        IngestResult checked = check(checks, articles);
        StoreIngest.Result r = checked.articles().isEmpty() ? new StoreIngest.Result(0, 0, 0, 0, List.of())
                : ingest().ingest(checked.articles());
        List<InputError> errors = new ArrayList<>(r.errors());
        errors.addAll(checked.errors());
        return new StoreIngest.Result(r.added(), r.skipped(), r.mentions(), r.eventsWritten(), errors);
    }

    /**
     * The articles whose text passes the ingest checks, with their other fields as given, and an error for each
     * other one naming its input (the feed item or the posted article; its id when it has no input) and the reason.
     */
    static IngestResult check(Ingest checks, List<Article> articles) {
        List<Article> ok = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (Article a : articles) {
            IngestResult checked = checks.readString(a.docId(), a.text(), a.published());
            String input = a.input() != null ? a.input() : a.docId();
            checked.errors().forEach(e -> errors.add(new InputError(input, e.stage(), e.reason())));
            for (Article c : checked.articles()) {
                ok.add(new Article(c.docId(), a.outlet(), a.url(), c.published(), a.title(), c.text(), null, a.input()));
            }
        }
        return new IngestResult(ok, errors, 0);
    }
}
