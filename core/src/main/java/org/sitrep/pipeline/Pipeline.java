package org.sitrep.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.SentenceHelpers;
import org.sitrep.common.StageClock;
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
    /** How many articles {@link #run} processes at once; the output is the same for any number. */
    private final int workers;

    public Pipeline(Ingest ingest, Annotator annotator, Extractor extractor, Resolver resolver, Fuser fuser) {
        this(ingest, annotator, extractor, resolver, fuser, defaultWorkers());
    }

    private Pipeline(Ingest ingest, Annotator annotator, Extractor extractor, Resolver resolver, Fuser fuser,
                     int workers) {
        this.ingest = ingest;
        this.annotator = annotator;
        this.extractor = extractor;
        this.resolver = resolver;
        this.fuser = fuser;
        this.workers = Math.max(1, workers);
    }

    /**
     * Articles processed at once by default: the {@code SITREP_WORKERS} environment variable, else one per
     * core. The loaded models are shared by the threads (the stages hold no per-call state).
     */
    static int defaultWorkers() {
        String env = System.getenv("SITREP_WORKERS");
        if (env != null && env.matches("\\d{1,3}") && Integer.parseInt(env) > 0) {
            return Integer.parseInt(env);
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /** The same loaded pipeline processing {@code n} articles at once (1: strictly one after another). */
    public Pipeline withWorkers(int n) {
        return new Pipeline(ingest, annotator, extractor, resolver, fuser, n);
    }

    public int workers() {
        return workers;
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

    /** Which sentences get the deep annotators (those of the extract stage's triggers). */
    public org.sitrep.annotate.SentenceSelector selector() {
        return extractor.selector();
    }

    /** One article through the annotate stage only, with the extract stage's sentence selection (for tests of extract). */
    public AnnotatedArticle annotate(Article a) {
        return annotator.annotate(a, extractor.selector());
    }

    /** As {@link #annotate(Article)}, with idle threads of {@code helpers} taking some sentences (for tests of that). */
    public AnnotatedArticle annotate(Article a, SentenceHelpers helpers) {
        return annotator.annotate(a, extractor.selector(), StageClock.NONE, helpers);
    }

    /**
     * The profile: every article through {@link #process} one after another, then fused across articles,
     * with each component's time added to {@code components}. Returns the events, to check the run's output.
     */
    public List<org.sitrep.model.Event> profile(List<Article> articles, StageClock components) {
        List<EventMention> mentions = new ArrayList<>();
        for (Article a : articles) {
            mentions.addAll(process(a, StageClock.NONE, components).mentions());
        }
        return components.time("fuse: across articles", () -> fuser.events(mentions));
    }

    public PipelineResult run(List<Path> inputs) {
        return run(ingest.read(inputs));
    }

    /** The articles ingest accepted, after the inputs it refused. */
    public PipelineResult run(IngestResult in) {
        return run(in.articles(), in.errors());
    }

    public PipelineResult run(List<Article> articles, List<InputError> priorErrors) {
        return run(articles, priorErrors, done -> {
        });
    }

    /**
     * As {@link #run(List, List)}, telling {@code progress} how many articles are done after each one. A copy
     * of an earlier article with the same publication date ({@link Copies}) is not read again: it reports that
     * article's mentions under its own docId, outlet and url.
     */
    public PipelineResult run(List<Article> articles, List<InputError> priorErrors,
                              java.util.function.IntConsumer progress) {
        List<Article> readers = Copies.readers(articles);
        List<Article> toRead = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (readers.get(i) == null) {
                toRead.add(articles.get(i));
            }
        }
        List<InputError> errors = new ArrayList<>(priorErrors);
        Map<Article, Processed> processed = new java.util.IdentityHashMap<>();
        Map<Article, InputError> failed = new java.util.IdentityHashMap<>();
        long tokens = 0;
        int seen = 0;
        for (Iterator<Processed> it = processAll(toRead); it.hasNext(); ) {
            Processed p = it.next();
            progress.accept(++seen);
            if (p.error() != null) {
                failed.put(p.article(), p.error());
                continue;
            }
            tokens += p.tokens();
            processed.put(p.article(), p);
        }
        List<EventMention> dated = new ArrayList<>();
        toRead.stream().map(processed::get).filter(p -> p != null && p.article().published() != null)
                .forEach(p -> dated.addAll(p.mentions()));
        Map<String, String> inferred = new LinkedHashMap<>();
        Map<Article, List<EventMention>> read = new java.util.IdentityHashMap<>();
        List<EventMention> mentions = new ArrayList<>();
        List<Article> done = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            Article reader = readers.get(i) == null ? a : readers.get(i);
            if (failed.containsKey(reader)) {
                errors.add(reader == a ? failed.get(a) : new InputError(a.input(), "annotate", "could not process article "
                        + a.docId() + ": its text is that of " + reader.docId() + ", which could not be processed"));
                continue;
            }
            if (reader == a) {
                Processed p = processed.get(a);
                Optional<Fuser.InferredDate> date = a.published() == null
                        ? fuser.inferPublication(p.mentions(), dated) : Optional.empty();
                date.ifPresent(d -> inferred.put(a.docId(), describe(d)));
                read.put(a, Copies.marked(a, date.isPresent() ? reresolve(p, date.get()) : p.mentions()));
                mentions.addAll(read.get(a));
            } else {
                mentions.addAll(Copies.reportedBy(a, read.get(reader)));
                String date = inferred.get(reader.docId());
                if (date != null) {
                    inferred.put(a.docId(), date);
                }
            }
            done.add(a);
        }
        progress.accept(articles.size());
        int copies = (int) done.stream().filter(a -> a.copyOf() != null).count();
        return new PipelineResult(done, mentions, fuser.events(mentions), errors, copies, inferred, tokens,
                Fuser.framing(mentions));
    }

    /**
     * Each article through {@link #process}, in input order; with several workers, {@link InOrderWorkers} runs them
     * (the output does not depend on the number of workers).
     */
    private Iterator<Processed> processAll(List<Article> articles) {
        if (workers == 1 || articles.isEmpty()) {
            return articles.stream().map(a -> process(a, StageClock.NONE)).iterator();
        }
        // cores no article keeps busy (the last long articles of a run, or a single one) take sentences of those in process;
        // SITREP_SENTENCE_HELPERS=off turns that off, to measure the difference (docs/benchmarks.md)
        SentenceHelpers helpers = SentenceHelpers.forWorkers("off".equals(System.getenv("SITREP_SENTENCE_HELPERS")) ? 1 : workers);
        // process() turns every RuntimeException into an error record already
        return InOrderWorkers.map(articles, workers, helpers, (a, h) -> process(a, StageClock.NONE, StageClock.NONE, h));
    }

    /**
     * One article through annotate, extract and resolve, with its restatements merged. An article that
     * fails becomes an error. The extraction is kept for undated articles, whose date words are resolved
     * again once other articles place them ({@link #reresolve}).
     */
    public Processed process(Article a, StageClock clock) {
        return process(a, clock, StageClock.NONE);
    }

    /**
     * As {@link #process(Article, StageClock)}; {@code components} also receives the time of each annotator,
     * extract and resolve component, and of fusion within the article (the profile).
     */
    public Processed process(Article a, StageClock clock, StageClock components) {
        return process(a, clock, components, SentenceHelpers.NONE);
    }

    private Processed process(Article a, StageClock clock, StageClock components, SentenceHelpers helpers) {
        try {
            long t0 = System.nanoTime();
            AnnotatedArticle annotated = annotator.annotate(a, extractor.selector(), components, helpers);
            long t1 = System.nanoTime();
            Extraction x = extractor.extract(annotated, components);
            long t2 = System.nanoTime();
            List<EventMention> resolved = resolver.resolve(x, a.published(), false, components);
            long t3 = System.nanoTime();
            List<EventMention> mentions = components.time("fuse: within article", () -> fuser.mergeWithinArticle(resolved));
            clock.add("annotate", t1 - t0);
            clock.add("extract", t2 - t1);
            clock.add("resolve", t3 - t2);
            long tokens = annotated.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
            return new Processed(a, mentions, tokens, a.published() == null ? x : null, null);
        } catch (RuntimeException e) {
            return new Processed(a, List.of(), 0, null,
                    new InputError(a.input(), "annotate", "could not process article " + a.docId() + ": " + e));
        }
    }

    /**
     * An undated article is placed no earlier than the dated events it shares with other articles (given
     * in input order); empty without shared events, and its dates then stay null.
     */
    public Optional<Fuser.InferredDate> inferPublication(Processed undated, List<EventMention> dated) {
        return fuser.inferPublication(undated.mentions(), dated);
    }

    /** An undated article's mentions with its date words resolved from the inferred date, marked "inferred". */
    public List<EventMention> reresolve(Processed undated, Fuser.InferredDate date) {
        return fuser.mergeWithinArticle(resolver.resolve(undated.extraction(), date.notBefore(), true));
    }

    /** How an inferred date is reported: the bound and the mentions it rests on. */
    public static String describe(Fuser.InferredDate date) {
        return date.notBefore() + " (not before; from " + String.join(", ", date.evidence()) + ")";
    }

    /**
     * What {@link #process} made of one article.
     *
     * @param mentions   its event mentions, restatements merged
     * @param tokens     tokens annotated
     * @param extraction kept only for an undated article, to resolve its dates again; otherwise null
     * @param error      why the article could not be processed, or null
     */
    public record Processed(Article article, List<EventMention> mentions, long tokens, Extraction extraction,
                            InputError error) implements java.io.Serializable {
    }

}
