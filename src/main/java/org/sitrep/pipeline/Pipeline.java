package org.sitrep.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.annotate.Annotator;
import org.sitrep.extract.Extractor;
import org.sitrep.fuse.Fuser;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.EventMention;
import org.sitrep.model.Extraction;
import org.sitrep.model.InputError;
import org.sitrep.resolve.Resolver;

/**
 * Runs the stages in order: ingest, annotate, extract, resolve, fuse. One failing article becomes an
 * error and the others go on.
 */
public final class Pipeline {
    private final Ingest ingest;
    private final Annotator annotator;
    private final Extractor extractor;
    private final Resolver resolver;
    private final Fuser fuser;

    public Pipeline(Ingest ingest, Annotator annotator, Extractor extractor, Resolver resolver, Fuser fuser) {
        this.ingest = ingest;
        this.annotator = annotator;
        this.extractor = extractor;
        this.resolver = resolver;
        this.fuser = fuser;
    }

    /** Loads every model and data file (several seconds). */
    public static Pipeline load() {
        Resolver resolver = Resolver.load();
        return new Pipeline(new Ingest(), Annotator.load(), new Extractor(), resolver, new Fuser(resolver.gazetteer()));
    }

    /** The fuse stage this pipeline uses, for callers that fuse incrementally (the store). */
    public Fuser fuser() {
        return fuser;
    }

    public PipelineResult run(List<Path> inputs) {
        IngestResult in = ingest.read(inputs);
        return run(in.articles(), in.errors(), in.duplicates());
    }

    public PipelineResult run(List<Article> articles, List<InputError> priorErrors, int duplicates) {
        List<InputError> errors = new ArrayList<>(priorErrors);
        Map<Article, Extraction> extractions = new LinkedHashMap<>();
        Map<Article, List<EventMention>> resolved = new LinkedHashMap<>();
        long tokens = 0;
        List<Article> done = new ArrayList<>();
        for (Article a : articles) {
            try {
                AnnotatedArticle annotated = annotator.annotate(a, extractor.selector());
                tokens += annotated.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
                Extraction x = extractor.extract(annotated);
                extractions.put(a, x);
                resolved.put(a, fuser.mergeWithinArticle(resolver.resolve(x)));
                done.add(a);
            } catch (RuntimeException e) {
                errors.add(new InputError(a.input(), "annotate", "could not process article " + a.docId() + ": " + e));
            }
        }
        Map<String, String> inferred = inferUndatedArticles(extractions, resolved);
        List<EventMention> mentions = new ArrayList<>();
        resolved.values().forEach(mentions::addAll);
        return new PipelineResult(done, mentions, fuser.events(mentions), errors, duplicates, inferred, tokens,
                Fuser.framing(mentions));
    }

    /**
     * An undated article is placed no earlier than the dated events it shares with other articles, and
     * its date words are resolved from there, marked "inferred". Without shared events its dates stay null.
     */
    private Map<String, String> inferUndatedArticles(Map<Article, Extraction> extractions,
                                                     Map<Article, List<EventMention>> resolved) {
        List<EventMention> dated = new ArrayList<>();
        resolved.forEach((a, ms) -> {
            if (a.published() != null) {
                dated.addAll(ms);
            }
        });
        Map<String, String> inferred = new LinkedHashMap<>();
        for (Map.Entry<Article, List<EventMention>> e : resolved.entrySet()) {
            Article a = e.getKey();
            if (a.published() != null) {
                continue;
            }
            Optional<Fuser.InferredDate> date = fuser.inferPublication(e.getValue(), dated);
            if (date.isPresent()) {
                e.setValue(fuser.mergeWithinArticle(resolver.resolve(extractions.get(a), date.get().notBefore(), true)));
                inferred.put(a.docId(), date.get().notBefore() + " (not before; from " + String.join(", ", date.get().evidence()) + ")");
            }
        }
        return inferred;
    }
}
