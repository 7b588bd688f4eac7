package org.sitrep.cli;

import java.util.List;
import java.util.function.ToLongFunction;
import org.sitrep.model.Article;

/** The bench's warm-up of a pipeline: rounds over the articles until the JIT compilers have nearly settled. */
final class WarmUp {
    /** Articles of one warm-up round (consecutive articles of the input, going round it). */
    static final int ARTICLES = 50;

    /**
     * Tokens each pipeline reads in its warm-up at least: a single pass over the three seed articles (1,711 tokens)
     * left the timed passes running code the JIT had not compiled yet, so those figures measured compilation more
     * than throughput.
     */
    static final long TOKENS = 20_000;

    /**
     * The warm-up goes on until the JIT compilers took less than this share of the process's CPU time over a round of
     * at least {@link #ROUND_SECONDS} (a share of the process's time, not of a core, so that a loaded machine, which
     * slows the compilers and the pipeline alike, does not end it early). The full pipeline's code keeps HotSpot's C2
     * compiler busy for one to two minutes, and the earlier fixed warm-up of 20,000 tokens left it compiling on one of
     * the two cores through the timed passes (docs/benchmarks.md, fifteenth session), so the 2-worker figure measured
     * the compiler more than the pipeline.
     */
    static final double JIT_SETTLED = 0.10;
    static final double ROUND_SECONDS = 3;
    /** The warm-up stops here even if the JIT is still busy (the bench then says so). */
    static final double MAX_SECONDS = 240;

    private WarmUp() {
    }

    /**
     * Runs {@code round} over rounds of {@link #ARTICLES} consecutive articles, going round the input, until at least
     * {@link #TOKENS} tokens are read and the JIT compilers' CPU over the last {@link #ROUND_SECONDS} fell
     * under {@link #JIT_SETTLED} of the process's (where /proc cannot be read, the tokens alone decide), or
     * {@link #MAX_SECONDS} passed. Returns what it did, for the report.
     */
    static String run(List<Article> articles, ToLongFunction<List<Article>> round) {
        long t0 = System.nanoTime();
        long tokens = 0;
        int next = 0;
        double jitShare = Double.NaN;
        while (true) {
            ThreadCpu before = ThreadCpu.now(ThreadCpu.processCpu());
            long r0 = System.nanoTime();
            long got = 0;
            do {
                List<Article> chunk = new java.util.ArrayList<>(ARTICLES);
                for (int i = 0; i < Math.min(ARTICLES, articles.size()); i++, next = (next + 1) % articles.size()) {
                    chunk.add(articles.get(next));
                }
                got += round.applyAsLong(chunk);
            } while (seconds(r0) < ROUND_SECONDS && before != null);
            tokens += got;
            ThreadCpu after = ThreadCpu.now(ThreadCpu.processCpu());
            jitShare = before == null || after == null ? Double.NaN
                    : after.jitSince(before) / (double) Math.max(1, after.process() - before.process());
            boolean settled = Double.isNaN(jitShare) || jitShare < JIT_SETTLED;
            if (got == 0 || (tokens >= TOKENS && settled) || seconds(t0) > MAX_SECONDS) {
                break;
            }
        }
        return String.format("%,d tokens in %.0f s%s", tokens, seconds(t0), Double.isNaN(jitShare) ? ""
                : String.format(", the JIT compilers %.0f%% of its last %.0f s's CPU%s", 100 * jitShare, ROUND_SECONDS,
                        jitShare < JIT_SETTLED ? "" : " (not settled: the timed passes include compilation)"));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
