package org.sitrep.cli;

import java.lang.management.ManagementFactory;
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

    /** Articles of one warm-up round (consecutive articles of the input, going round it). */
    private static final int WARM_UP = 50;

    /**
     * Tokens each pipeline reads in its warm-up at least: a single pass over the three seed articles (1,711 tokens)
     * left the timed passes running code the JIT had not compiled yet, so those figures measured compilation more
     * than throughput.
     */
    private static final long WARM_UP_TOKENS = 20_000;

    /**
     * The warm-up goes on until the JIT compilers took less than this share of the process's CPU time over a round of
     * at least {@link #ROUND_SECONDS} (a share of the process's time, not of a core, so that a loaded machine, which
     * slows the compilers and the pipeline alike, does not end it early). The full pipeline's code keeps HotSpot's C2
     * compiler busy for one to two minutes, and the earlier fixed warm-up of 20,000 tokens left it compiling on one of
     * the two cores through the timed passes (docs/benchmarks.md, fifteenth session), so the 2-worker figure measured
     * the compiler more than the pipeline.
     */
    private static final double JIT_SETTLED = 0.10;
    private static final double ROUND_SECONDS = 3;
    /** The warm-up stops here even if the JIT is still busy (the bench then says so). */
    private static final double WARM_UP_MAX_SECONDS = 240;

    @Option(names = "--passes", defaultValue = "5",
            description = "timed passes of each phase over the articles at least (after warm-ups over them until the JIT"
                    + " compilers are nearly idle: at least " + WARM_UP_TOKENS + " tokens, at most "
                    + (int) WARM_UP_MAX_SECONDS + " s each)")
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
        String bareWarmUp = warmUp(warmUpArticles, round -> {
            long got = 0;
            for (Article a : round) {
                got += bare.annotate(a, SentenceSelector.ALL).sentences().stream().mapToLong(s -> s.tokens().size()).sum();
            }
            return got;
        });
        Progress.note(false, "warm-up of the full pipeline until the JIT compilers settle...");
        String fullWarmUp = warmUp(warmUpArticles, round -> pipeline.run(round, List.of()).tokens());
        Pipeline single = pipeline.withWorkers(1);
        // the timed phases take turns, and each turn changes the profiles of the CoreNLP code both pipelines run: the
        // compilers recompiled it through the timed rounds (up to 4 s of CPU a phase) until warmed up in turns too
        Progress.note(false, "warm-up of the pipelines in turns until the JIT compilers settle...");
        String turnsWarmUp = warmUp(warmUpArticles, round -> {
            for (Article a : round) {
                AnnotatedArticle ignored = bare.annotate(a, SentenceSelector.ALL);
            }
            single.run(round, List.of());
            return pipeline.run(round, List.of()).tokens();
        });

        // the timed phases, interleaved in rounds (Rounds): the bare pipeline, the full one with one worker
        // (comparable thread for thread with the baseline), then with as many workers as `extract` uses
        PipelineResult[] last = new PipelineResult[1];
        List<Phase> phases = new java.util.ArrayList<>();
        phases.add(new Phase(() -> {
            for (Article a : articles) {
                AnnotatedArticle ignored = bare.annotate(a, SentenceSelector.ALL);
            }
        }));
        phases.add(new Phase(() -> last[0] = single.run(articles, List.of())));
        if (pipeline.workers() > 1) {
            phases.add(new Phase(() -> last[0] = pipeline.run(articles, List.of())));
        }
        Rounds rounds = timeInRounds(phases, passes, minSeconds);
        Phase barePhase = phases.get(0);
        Phase singlePhase = phases.get(1);
        Phase fullPhase = phases.get(phases.size() - 1);
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

    /**
     * Runs {@code round} over rounds of {@link #WARM_UP} consecutive articles, going round the input, until at least
     * {@link #WARM_UP_TOKENS} tokens are read and the JIT compilers' CPU over the last {@link #ROUND_SECONDS} fell
     * under {@link #JIT_SETTLED} of the process's (where /proc cannot be read, the tokens alone decide), or
     * {@link #WARM_UP_MAX_SECONDS} passed. Returns what it did, for the report.
     */
    static String warmUp(List<Article> articles, java.util.function.ToLongFunction<List<Article>> round) {
        long t0 = System.nanoTime();
        long tokens = 0;
        int next = 0;
        double jitShare = Double.NaN;
        while (true) {
            ThreadCpu before = ThreadCpu.now(processCpu());
            long r0 = System.nanoTime();
            long got = 0;
            do {
                List<Article> chunk = new java.util.ArrayList<>(WARM_UP);
                for (int i = 0; i < Math.min(WARM_UP, articles.size()); i++, next = (next + 1) % articles.size()) {
                    chunk.add(articles.get(next));
                }
                got += round.applyAsLong(chunk);
            } while (seconds(r0) < ROUND_SECONDS && before != null);
            tokens += got;
            ThreadCpu after = ThreadCpu.now(processCpu());
            jitShare = before == null || after == null ? Double.NaN
                    : after.jitSince(before) / (double) Math.max(1, after.process() - before.process());
            boolean settled = Double.isNaN(jitShare) || jitShare < JIT_SETTLED;
            if (got == 0 || (tokens >= WARM_UP_TOKENS && settled) || seconds(t0) > WARM_UP_MAX_SECONDS) {
                break;
            }
        }
        return String.format("%,d tokens in %.0f s%s", tokens, seconds(t0), Double.isNaN(jitShare) ? ""
                : String.format(", the JIT compilers %.0f%% of its last %.0f s's CPU%s", 100 * jitShare, ROUND_SECONDS,
                        jitShare < JIT_SETTLED ? "" : " (not settled: the timed passes include compilation)"));
    }

    /** A timed phase: the whole passes it ran and their wall time, summed over its blocks. */
    private record Timed(int passes, double seconds) {
    }

    /** One timed phase: what a pass does, and its CPU time, CPU by kind of thread and calibration over its blocks. */
    private static final class Phase {
        final Runnable pass;
        final Calibration.Phase calibration = new Calibration.Phase();
        long cpuNanos;
        ThreadCpu threads = ThreadCpu.zero();

        Phase(Runnable pass) {
            this.pass = pass;
        }

        /** {@link ThreadCpu#since} over all its blocks, or null where /proc cannot be read. */
        String threads(double wall) {
            return threads == null ? null : threads.since(ThreadCpu.zero(), wall);
        }
    }

    /**
     * Times the phases in interleaved rounds ({@link Rounds}) until each ran {@code passes} whole passes and
     * {@code minSeconds} of wall time; the calibration kernels run before each block, outside its time.
     */
    private static Rounds timeInRounds(List<Phase> phases, int passes, double minSeconds) {
        Calibration.warmUp();
        Rounds rounds = new Rounds(phases.size(), passes, minSeconds);
        long started = System.nanoTime();
        while (!rounds.done()) {
            for (int p : rounds.order()) {
                Phase phase = phases.get(p);
                phase.calibration.sample();
                int n = rounds.passesThisRound(p);
                ThreadCpu threads0 = ThreadCpu.now(processCpu());
                long cpu0 = processCpu();
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    phase.pass.run();
                }
                double wall = seconds(t0);
                long cpu = processCpu() - cpu0;
                phase.threads = phase.threads == null ? null : phase.threads.plus(threads0, ThreadCpu.now(processCpu()));
                phase.cpuNanos += cpu;
                rounds.record(p, n, wall);
                // every block on standard error, to set a slow block beside the kernels' speeds before it
                System.err.printf("bench block: round %d, phase %d, %d passes, %.3f s wall, %.3f s CPU per pass;"
                                + " integer %.1f, memory %.1f%n", rounds.rounds() + 1, p, n, wall / n, cpu / 1e9 / n,
                        phase.calibration.integer.last(), phase.calibration.memory.last());
            }
            rounds.endRound();
            if (rounds.rounds() % 10 == 0) {
                Progress.note(false, String.format("bench: %d rounds of the timed phases in %.0f s", rounds.rounds(),
                        seconds(started)));
            }
        }
        return rounds;
    }

    /**
     * CPU time of this process in nanoseconds: every thread's, garbage collection and JIT included, and none of
     * the time other jobs on the machine held the cores.
     */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
