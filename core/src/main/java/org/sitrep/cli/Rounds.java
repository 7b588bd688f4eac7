// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import java.util.Arrays;

/**
 * The bookkeeping of the bench's interleaved timed phases. The phases (the bare pipeline, the full pipeline with one
 * worker, with all its workers) run in rounds, each phase a block of whole passes in every round, so that whatever
 * slows the machine for a while (another job, a host that gives this VM's cores less: it shows no steal time) falls
 * on every phase alike rather than on the one that happened to run then (docs/benchmarks.md, seventeenth session).
 * The first round runs one pass of each phase; from its times every later round runs as many passes of each phase as
 * make its block about as long as the slowest phase's one pass, so each round gives the phases about equal wall time.
 * The order of the phases turns by one each round. Rounds go on until every phase ran at least the passes asked for
 * and at least the floor of wall time, summed over its blocks.
 */
final class Rounds {
    private final int minPasses;
    private final double minSeconds;
    private final int[] passes;
    private final double[] seconds;
    private int[] perRound;
    private int rounds;

    Rounds(int phases, int minPasses, double minSeconds) {
        if (phases < 1) {
            throw new IllegalArgumentException("no phase to time");
        }
        this.minPasses = minPasses;
        this.minSeconds = minSeconds;
        this.passes = new int[phases];
        this.seconds = new double[phases];
    }

    /** The phases in the order the current round runs them: the first round's order turned by one per round. */
    int[] order() {
        int n = passes.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (rounds + i) % n;
        }
        return order;
    }

    /** Passes of {@code phase} in the current round's block. */
    int passesThisRound(int phase) {
        return rounds == 0 ? 1 : perRound[phase];
    }

    /** A block of the current round: {@code n} whole passes of {@code phase} in {@code wall} seconds. */
    void record(int phase, int n, double wall) {
        passes[phase] += n;
        seconds[phase] += wall;
    }

    /** Ends the current round; after the first, fixes the passes of each phase's block in the rounds to come. */
    void endRound() {
        if (rounds == 0) {
            perRound = perRound(seconds);
        }
        rounds++;
    }

    /** True once every phase has its passes and its floor of wall time. */
    boolean done() {
        if (rounds == 0) {
            return false;
        }
        for (int p = 0; p < passes.length; p++) {
            if (passes[p] < minPasses || seconds[p] < minSeconds) {
                return false;
            }
        }
        return true;
    }

    int rounds() {
        return rounds;
    }

    int passes(int phase) {
        return passes[phase];
    }

    double seconds(int phase) {
        return seconds[phase];
    }

    /** Passes per round of each phase after the first round: 1 when the round has not ended yet. */
    int[] perRound() {
        if (perRound == null) {
            int[] ones = new int[passes.length];
            Arrays.fill(ones, 1);
            return ones;
        }
        return perRound.clone();
    }

    /**
     * Passes per block that make each phase's block about as long as the slowest phase's single pass: the slowest
     * pass's time over each phase's, rounded, and at least 1.
     */
    static int[] perRound(double[] secondsPerPass) {
        double longest = Arrays.stream(secondsPerPass).max().orElse(0);
        int[] k = new int[secondsPerPass.length];
        for (int p = 0; p < k.length; p++) {
            k[p] = secondsPerPass[p] <= 0 ? 1 : (int) Math.max(1, Math.round(longest / secondsPerPass[p]));
        }
        return k;
    }
}
