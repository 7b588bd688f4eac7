package org.sitrep.pipeline;

import org.sitrep.common.StageClock;
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
        return get().run(in);
    }

    /** The typing tests' day: their sentences are read as published on 6 May 2021. */
    public static final LocalDate TEST_DAY = LocalDate.of(2021, 5, 6);

    /** The mentions of one sentence written for a test, published on {@link #TEST_DAY}; fails when there are none. */
    public static List<org.sitrep.model.EventMention> mentionsOf(String text) {
        List<org.sitrep.model.EventMention> m = runText("unit", text, TEST_DAY).mentions();
        org.assertj.core.api.Assertions.assertThat(m).as(text).isNotEmpty();
        return m;
    }

    /** The ACLED sub-type of the first mention of one test sentence. */
    public static String firstSubType(String text) {
        return mentionsOf(text).get(0).type().subEventType();
    }

    public static PipelineResult runTexts(List<String[]> idTextDate) {
        var articles = new java.util.ArrayList<org.sitrep.model.Article>();
        var errors = new java.util.ArrayList<org.sitrep.model.InputError>();
        for (String[] t : idTextDate) {
            IngestResult in = new Ingest().readString(t[0], t[1], t[2] == null ? null : LocalDate.parse(t[2]));
            articles.addAll(in.articles());
            errors.addAll(in.errors());
        }
        return get().run(articles, errors);
    }

    /**
     * Runs each article through the one shared pipeline sequentially, then {@code rounds} times on
     * {@code threads} threads at once, and returns the sequential mentions after checking that every
     * concurrent run gave exactly them.
     */
    public static java.util.List<java.util.List<org.sitrep.model.EventMention>> assertThreadsGiveSequentialResult(
            java.util.List<org.sitrep.model.Article> articles, int threads, int rounds) throws Exception {
        return assertThreadsGiveSequentialResult(articles, threads, rounds, a -> get().process(a, StageClock.NONE).mentions());
    }

    /** As above, with {@code read} in place of the pipeline's {@code process} (another path through one pipeline). */
    public static java.util.List<java.util.List<org.sitrep.model.EventMention>> assertThreadsGiveSequentialResult(
            java.util.List<org.sitrep.model.Article> articles, int threads, int rounds,
            java.util.function.Function<org.sitrep.model.Article, java.util.List<org.sitrep.model.EventMention>> read)
            throws Exception {
        var sequential = new java.util.ArrayList<java.util.List<org.sitrep.model.EventMention>>();
        for (var a : articles) {
            sequential.add(read.apply(a));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            var parallel = new java.util.ArrayList<java.util.concurrent.Future<java.util.List<org.sitrep.model.EventMention>>>();
            for (int round = 0; round < rounds; round++) {
                for (var a : articles) {
                    parallel.add(pool.submit(() -> read.apply(a)));
                }
            }
            for (int i = 0; i < parallel.size(); i++) {
                org.assertj.core.api.Assertions.assertThat(parallel.get(i).get()).as("text %d", i % articles.size())
                        .isEqualTo(sequential.get(i % articles.size()));
            }
        } finally {
            pool.shutdownNow();
        }
        return sequential;
    }
}
