package org.sitrep.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.SentenceSelector;
import org.sitrep.common.StageClock;
import org.sitrep.common.StageTimes;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Pipeline;

/**
 * {@code bench --profile}: the time of each component of the full pipeline over the same articles, on one
 * thread, with the bare CoreNLP pipeline's steps beside it, after both warmed up until the JIT compilers settled. A {@link StageTimes} is passed into the run,
 * so the components themselves keep no timing state.
 *
 * <p>CoreNLP's NER step runs its CRF, its number rules and SUTime together; to split it, the deep
 * sentences are also annotated by NER steps with fewer models (numbers and SUTime; numbers alone), and
 * the cost of a model is the difference.
 */
final class Profile {
    private final List<Article> articles;
    private final List<Article> warmUpArticles;
    private final int passes;
    private final HeapPeak heap;

    Profile(List<Article> articles, List<Article> warmUpArticles, int passes, HeapPeak heap) {
        this.articles = articles;
        this.warmUpArticles = warmUpArticles;
        this.passes = Math.max(1, passes);
        this.heap = heap;
    }

    int run() {
        Progress.note(false, articles.size() + " articles; loading the language models...");
        Pipeline pipeline = Pipeline.load().withWorkers(1);
        Annotator bare = Annotator.loadBaseline();
        Annotator numbersTime = Annotator.loadNerOnly(Annotator.Ner.NUMBERS_TIME);
        Annotator numbers = Annotator.loadNerOnly(Annotator.Ner.NUMBERS);
        Annotator crf = Annotator.loadNerOnly(Annotator.Ner.CRF_NUMBERS_TIME);
        SentenceSelector selector = pipeline.selector();

        // until the JIT compilers settle, as in `bench`: a single warm-up pass left C2 compiling the full pipeline's code
        // through the profiled pass, so the components compiled last were timed partly in slower code
        Progress.note(false, "warm-up until the JIT compilers settle...");
        String warmUp = WarmUp.run(warmUpArticles, round -> {
            pipeline.profile(round, StageClock.NONE);
            long tokens = 0;
            for (Article a : round) {
                tokens += bare.annotate(a, SentenceSelector.ALL).sentences().stream().mapToLong(s -> s.tokens().size()).sum();
            }
            return tokens;
        });
        Progress.note(false, "warm-up: " + warmUp);

        // CPU time of the one profiling thread: on the shared machine wall times swing with other jobs' load
        StageTimes full = new StageTimes(true);
        StageTimes base = new StageTimes(true);
        StageTimes split = new StageTimes(true);
        long tokens = 0;
        for (Article a : articles) {
            tokens += bare.annotate(a, SentenceSelector.ALL).sentences().stream().mapToLong(s -> s.tokens().size()).sum();
        }
        int events = 0;
        for (int p = 0; p < passes; p++) {
            Progress.note(false, "profile pass " + (p + 1) + " of " + passes + "...");
            events = pipeline.profile(articles, full).size();
            bareAnnotate(bare, base);
            for (Article a : articles) {
                crf.annotate(a, selector, rename(split, "ner: CRF + numbers + SUTime"));
                numbersTime.annotate(a, selector, rename(split, "ner: numbers + SUTime"));
                numbers.annotate(a, selector, rename(split, "ner: numbers alone"));
            }
        }
        print(full.totals(), base.totals(), split.totals(), tokens, events);
        return 0;
    }

    private void bareAnnotate(Annotator bare, StageClock clock) {
        for (Article a : articles) {
            bare.annotate(a, SentenceSelector.ALL, clock);
        }
    }

    /** Only the NER step's time, under {@code name}. */
    private static StageClock rename(StageTimes into, String name) {
        return new StageClock() {
            @Override
            public void add(String stage, long nanos) {
                if (stage.startsWith("annotate: ner")) {
                    into.add(name, nanos);
                }
            }

            @Override
            public long now() {
                return into.now();
            }
        };
    }

    private void print(Map<String, Long> full, Map<String, Long> base, Map<String, Long> split, long tokens, int events) {
        double total = full.values().stream().mapToLong(Long::longValue).sum();
        double bareTotal = base.values().stream().mapToLong(Long::longValue).sum();
        double perPass = 1e6 * passes;
        System.out.printf("articles: %d (%d tokens), profiled passes: %d, one thread, its CPU time (not GC or JIT threads'); events per pass: %d%n%n",
                articles.size(), tokens, passes, events);
        System.out.println("| component | full pipeline ms per pass | share | bare CoreNLP ms per pass |");
        System.out.println("|---|---|---|---|");
        Map<String, Long> rows = new LinkedHashMap<>(full);
        base.keySet().forEach(k -> rows.putIfAbsent(k, 0L));
        for (Map.Entry<String, Long> e : rows.entrySet()) {
            Long b = base.get(e.getKey());
            System.out.printf("| %s | %.1f | %.1f%% | %s |%n", e.getKey(), e.getValue() / perPass,
                    100 * e.getValue() / total, b == null ? "" : String.format("%.1f", b / perPass));
        }
        System.out.printf("| **total** | %.1f | 100%% | %.1f |%n", total / perPass, bareTotal / perPass);
        System.out.printf("%ntokens/s from these sums: full %.0f, bare %.0f (ratio %.2f; without thread hand-over or output)%n",
                tokens * passes / (total / 1e9), tokens * passes / (bareTotal / 1e9), bareTotal / total);
        System.out.println();
        System.out.println("NER of the deep sentences alone, by models loaded (the cost of a model is the difference):");
        System.out.println();
        System.out.println("| NER step | ms per pass |");
        System.out.println("|---|---|");
        split.forEach((k, v) -> System.out.printf("| %s | %.1f |%n", k, v / perPass));
        System.out.printf("%npeak heap in use (before a collection, or now): %.0f MB (max %.0f MB, with the bare and three NER-only annotators also loaded)%n",
                heap.megabytes(), Runtime.getRuntime().maxMemory() / 1048576.0);
    }
}
