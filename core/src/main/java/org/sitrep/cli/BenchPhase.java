package org.sitrep.cli;

import java.util.List;

/**
 * One timed phase of the bench: what a pass does, and its CPU time, CPU by kind of thread and calibration summed over
 * its blocks; {@link #timeInRounds} runs the phases.
 */
final class BenchPhase {
    final Runnable pass;
    final Calibration.Phase calibration = new Calibration.Phase();
    long cpuNanos;
    ThreadCpu threads = ThreadCpu.zero();

    BenchPhase(Runnable pass) {
        this.pass = pass;
    }

    /** {@link ThreadCpu#since} over all its blocks, or null where /proc cannot be read. */
    String threads(double wall) {
        return threads == null ? null : threads.since(ThreadCpu.zero(), wall);
    }

    /**
     * Times the phases in interleaved rounds ({@link Rounds}) until each ran {@code passes} whole passes and
     * {@code minSeconds} of wall time; the calibration kernels run before each block, outside its time.
     */
    static Rounds timeInRounds(List<BenchPhase> phases, int passes, double minSeconds) {
        Calibration.warmUp();
        Rounds rounds = new Rounds(phases.size(), passes, minSeconds);
        long started = System.nanoTime();
        while (!rounds.done()) {
            for (int p : rounds.order()) {
                BenchPhase phase = phases.get(p);
                phase.calibration.sample();
                int n = rounds.passesThisRound(p);
                ThreadCpu threads0 = ThreadCpu.now(ThreadCpu.processCpu());
                long cpu0 = ThreadCpu.processCpu();
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    phase.pass.run();
                }
                double wall = seconds(t0);
                long cpu = ThreadCpu.processCpu() - cpu0;
                phase.threads = phase.threads == null ? null
                        : phase.threads.plus(threads0, ThreadCpu.now(ThreadCpu.processCpu()));
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

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
