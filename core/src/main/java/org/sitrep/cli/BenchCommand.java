package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.SentenceSelector;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Measures, in one process and on the same articles: the bare CoreNLP tokenize, ssplit, pos, lemma, ner
 * pipeline on every sentence (the baseline), and the full Sitrep pipeline with one worker and with all its workers.
 * Speed is reported as a ratio to the baseline because absolute figures on a shared machine are noisy; the three
 * timed phases run in interleaved rounds ({@link Rounds}) so that a slower spell of the machine or of the host falls
 * on all of them alike.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        footer = {"%nExamples:", "  sitrep bench notes/ --passes 2", "  sitrep bench --profile examples/articles",
                "  sitrep bench --fusion 1000,10000,100000"},
        description = "Benchmark throughput, load time and peak heap against the bare CoreNLP baseline.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "articles (default: examples/articles)")
    List<Path> inputs;


    @Option(names = "--passes", defaultValue = "5",
            description = "timed passes of each phase over the articles at least (after warm-ups over them until the JIT"
                    + " compilers are nearly idle: at least " + WarmUp.TOKENS + " tokens, at most "
                    + (int) WarmUp.MAX_SECONDS + " s each)")
    int passes;

    /**
     * A timed phase under a second (a few passes over the three seed articles) measured the noise of the moment more
     * than the pipeline (docs/benchmarks.md, sixteenth session). As JMH's measurement time, the rounds of the phases go
     * on until each phase lasted this long in all; the output gives the passes each phase ran.
     */
    @Option(names = "--min-seconds", defaultValue = "10",
            description = "the phases run in interleaved rounds until each lasted at least this many seconds of wall"
                    + " time in all (0: until each ran --passes); the output gives the passes each phase ran")
    double minSeconds;

    @Option(names = "--warm-up", arity = "1..*", paramLabel = "ARTICLES",
            description = "articles to warm up on instead of the input: the warm-up fills the parser's feature cache"
                    + " and the tagger's memos, so warming up on the timed articles themselves reads them partly from"
                    + " cache (docs/benchmarks.md, fifteenth session)")
    List<Path> warmUpInputs;

    @Option(names = "--fusion", split = ",", paramLabel = "N",
            description = "instead: time cross-outlet fusion of N synthetic mentions, e.g. --fusion 1000,10000,100000")
    List<Integer> fusionSizes;

    @Option(names = "--profile",
            description = "instead: time each component (annotators, extract and resolve components, fusion) over the articles, one thread")
    boolean profile;

    private Integer fusionBench() {
        org.sitrep.fuse.Fuser fuser = new org.sitrep.fuse.Fuser(org.sitrep.resolve.place.Gazetteer.load());
        fuser.events(org.sitrep.fuse.SyntheticMentions.generate(2000, 1)); // warm-up
        System.out.println("| mentions | events | seconds | µs per mention |");
        System.out.println("|---|---|---|---|");
        for (int n : fusionSizes) {
            var mentions = org.sitrep.fuse.SyntheticMentions.generate(n, 42);
            long t0 = System.nanoTime();
            int events = fuser.events(mentions).size();
            double s = seconds(t0);
            System.out.printf("| %,d | %,d | %.2f | %.1f |%n", n, events, s, s * 1e6 / n);
        }
        return 0;
    }

    @Override
    public Integer call() {
        HeapPeak heap = HeapPeak.start();
        if (fusionSizes != null && !fusionSizes.isEmpty()) {
            return fusionBench();
        }
        List<Path> in = inputs == null || inputs.isEmpty() ? List.of(Path.of("examples/articles")) : inputs;
        IngestResult read = new Ingest().read(in);
        List<Article> articles = read.articles();
        if (articles.isEmpty()) {
            System.err.println("bench: no readable articles in " + in);
            return 2;
        }
        List<Article> warmUpArticles = articles;
        if (warmUpInputs != null && !warmUpInputs.isEmpty()) {
            warmUpArticles = new Ingest().read(warmUpInputs).articles();
            if (warmUpArticles.isEmpty()) {
                System.err.println("bench: no readable articles to warm up on in " + warmUpInputs);
                return 2;
            }
        }
        if (profile) {
            return new Profile(articles, warmUpArticles, passes, heap).run();
        }

        // the full pipeline loads first, cold; the baseline then finds CoreNLP's shared models already in memory
        Progress.note(false, articles.size() + " articles; loading the language models...");
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.load();
        double fullLoad = seconds(t0);
        t0 = System.nanoTime();
        Annotator bare = Annotator.loadBaseline();
        double bareLoad = seconds(t0);
        Progress.note(false, "warm-up of the bare pipeline until the JIT compilers settle...");
        String bareWarmUp = WarmUp.run(warmUpArticles, round -> {
            long got = 0;
            for (Article a : round) {
                got += bare.annotate(a, SentenceSelector.ALL).sentences().stream().mapToLong(s -> s.tokens().size()).sum();
            }
            return got;
        });
        Progress.note(false, "warm-up of the full pipeline until the JIT compilers settle...");
        String fullWarmUp = WarmUp.run(warmUpArticles, round -> pipeline.run(round, List.of()).tokens());
        Pipeline single = pipeline.withWorkers(1);
        // the timed phases take turns, and each turn changes the profiles of the CoreNLP code both pipelines run: the
        // compilers recompiled it through the timed rounds (up to 4 s of CPU a phase) until warmed up in turns too
        Progress.note(false, "warm-up of the pipelines in turns until the JIT compilers settle...");
        String turnsWarmUp = WarmUp.run(warmUpArticles, round -> {
            for (Article a : round) {
                AnnotatedArticle ignored = bare.annotate(a, SentenceSelector.ALL);
            }
            single.run(round, List.of());
            return pipeline.run(round, List.of()).tokens();
        });

        // the timed phases, interleaved in rounds (Rounds): the bare pipeline, the full one with one worker
        // (comparable thread for thread with the baseline), then with as many workers as `extract` uses
        PipelineResult[] last = new PipelineResult[1];
        List<BenchPhase> phases = new java.util.ArrayList<>();
        phases.add(new BenchPhase(() -> {
            for (Article a : articles) {
                AnnotatedArticle ignored = bare.annotate(a, SentenceSelector.ALL);
            }
        }));
        phases.add(new BenchPhase(() -> last[0] = single.run(articles, List.of())));
        if (pipeline.workers() > 1) {
            phases.add(new BenchPhase(() -> last[0] = pipeline.run(articles, List.of())));
        }
        Rounds rounds = BenchPhase.timeInRounds(phases, passes, minSeconds);
        BenchPhase barePhase = phases.get(0);
        BenchPhase singlePhase = phases.get(1);
        BenchPhase fullPhase = phases.get(phases.size() - 1);
        int barePasses = rounds.passes(0);
        double bareTime = rounds.seconds(0);
        Timed single1 = new Timed(rounds.passes(1), rounds.seconds(1));
        Timed full = new Timed(rounds.passes(phases.size() - 1), rounds.seconds(phases.size() - 1));
        double bareCpu = barePhase.cpuNanos / 1e9;
        double singleCpu = singlePhase.cpuNanos / 1e9;
        double fullCpu = fullPhase.cpuNanos / 1e9;
        double singleTime = single1.seconds();
        double fullTime = full.seconds();
        String bareThreads = barePhase.threads(bareTime);
        String singleThreads = singlePhase.threads(singleTime);
        String fullThreads = fullPhase.threads(fullTime);
        long tokens = last[0].tokens(); // every sentence's tokens, as the bare pipeline's tokenizer makes them

        double bareArticles = (double) articles.size() * barePasses / bareTime;
        double singleArticles = (double) articles.size() * single1.passes() / singleTime;
        double fullArticles = (double) articles.size() * full.passes() / fullTime;
        int[] perRound = rounds.perRound();
        System.out.printf("articles: %d (%d tokens), timed passes: bare %d, full 1 worker %d%s (at least %d, and at"
                        + " least %.0f s of wall time each), interleaved in %d rounds (the first of 1 pass each, then"
                        + " %s passes per round)%n", articles.size(), tokens, barePasses, single1.passes(),
                pipeline.workers() == 1 ? "" : ", full " + pipeline.workers() + " workers " + full.passes(), passes,
                minSeconds, rounds.rounds(), java.util.Arrays.stream(perRound).mapToObj(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(" / ")));
        System.out.printf("warm-up (%s): bare %s; full %s; then in turns (tokens of the full pipeline's passes) %s%n%n",
                warmUpArticles == articles ? "on the input itself" : warmUpArticles.size() + " other articles",
                bareWarmUp, fullWarmUp, turnsWarmUp);
        System.out.println("| pipeline | articles/s | tokens/s | load s |");
        System.out.println("|---|---|---|---|");
        System.out.printf("| bare CoreNLP tokenize,ssplit,pos,lemma,ner (all sentences, default models, 1 thread) | %.2f | %.0f | %.1f (models partly shared) |%n",
                bareArticles, bareArticles * tokens / articles.size(), bareLoad);
        System.out.printf("| full Sitrep pipeline, 1 worker (annotate+parse where needed, extract, resolve, fuse) | %.2f | %.0f | %.1f (cold) |%n",
                singleArticles, singleArticles * tokens / articles.size(), fullLoad);
        if (pipeline.workers() > 1) {
            System.out.printf("| full Sitrep pipeline, %d workers (as `extract` runs) | %.2f | %.0f | |%n",
                    pipeline.workers(), fullArticles, fullArticles * tokens / articles.size());
        }
        System.out.printf("%nspeed ratio full/bare: %.2f with %d worker(s), %.2f with 1 worker%n",
                fullArticles / bareArticles, pipeline.workers(), singleArticles / bareArticles);
        // on a shared machine the wall clock also counts the time other jobs held the cores; the process's CPU time
        // does not, so the 1-worker ratio by CPU time is the steadier figure under load
        // per pass: the phases may have run different numbers of passes (--min-seconds)
        double bareCpuPass = bareCpu / barePasses;
        double singleCpuPass = singleCpu / single1.passes();
        double fullCpuPass = fullCpu / full.passes();
        System.out.printf("CPU time of this process per pass (GC and JIT included): bare %.2f s, full 1 worker %.2f s: ratio by CPU time %.2f with 1 worker%n",
                bareCpuPass, singleCpuPass, bareCpuPass / singleCpuPass);
        if (pipeline.workers() > 1) {
            // more CPU with more workers is the cost of sharing: garbage collection, caches, memory bandwidth
            System.out.printf("CPU time per pass with %d workers: %.2f s (%.2f of the 1-worker CPU time)%n",
                    pipeline.workers(), fullCpuPass, fullCpuPass / singleCpuPass);
        }
        if (bareThreads != null) {
            // what the process's CPU time is made of, and whether other jobs held the cores: a second worker that
            // adds little wall-clock speed is either waiting or sharing its core, and only these lines tell which
            System.out.println("CPU by kind of thread, and the machine's other load, per phase (all its passes):");
            System.out.println("- bare, " + barePasses + " passes: " + bareThreads);
            System.out.println("- full, 1 worker, " + single1.passes() + " passes: " + singleThreads);
            if (pipeline.workers() > 1) {
                System.out.println("- full, " + pipeline.workers() + " workers, " + full.passes() + " passes: " + fullThreads);
            }
        }
        // the same fixed kernels before each block of passes: if they slow down with a phase, the host gave the VM
        // less (this VM shows no steal time); if they stay flat while a phase is slow, the JVM's code is
        System.out.println("calibration kernels before each block (integer: millions of rounds per CPU second;"
                + " memory: ns of CPU per dependent load over 32 MB):");
        System.out.println("- bare: " + barePhase.calibration);
        System.out.println("- full 1 worker: " + singlePhase.calibration);
        if (pipeline.workers() > 1) {
            System.out.println("- full " + pipeline.workers() + " workers: " + fullPhase.calibration);
        }
        System.out.printf("mentions per pass: %d%n", last[0].mentions().size());
        System.out.printf("peak heap in use (before a collection, or now): %.0f MB, 32 MB of it the calibration's table"
                + " (max %.0f MB)%n", heap.megabytes(),
                Runtime.getRuntime().maxMemory() / 1048576.0);
        return 0;
    }

    /** A timed phase: the whole passes it ran and their wall time, summed over its blocks. */
    private record Timed(int passes, double seconds) {
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
