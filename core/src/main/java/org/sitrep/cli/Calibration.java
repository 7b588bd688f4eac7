// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Two fixed kernels of pure-Java work timed in the calling thread's CPU time, to tell a slow host from slow code: an
 * integer one (multiply, shift and table stores over a 16 KB table, no allocation) and a memory one (dependent loads
 * at random over 32 MB, past the caches). The machine is a virtual one whose {@code /proc/stat} shows no steal time, so
 * a host that gives the VM less (another VM on the same core or memory, a lower clock) is seen only as instructions
 * or loads taking longer: the kernels slow down with it, while a JVM that compiled the pipeline worse leaves them
 * unchanged (docs/benchmarks.md, seventeenth session). They are compiled before their first timed run and their work
 * never changes.
 */
final class Calibration {
    /** Rounds of one timing: about 4 ms on this machine kind. */
    static final int ROUNDS = 1_500_000;
    private static final int MASK = (1 << 12) - 1;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Keeps the kernel's result alive, so the compiler cannot drop the work. */
    private static volatile int sink;

    private Calibration() {
    }

    /** Runs the kernel until the JIT compiled it, so that the first timed run measures compiled code. */
    static void warmUp() {
        for (int i = 0; i < 300; i++) {
            sink = kernel(ROUNDS / 20);
        }
        for (int i = 0; i < 30; i++) {
            memoryLatency();
        }
    }

    /** The kernel's speed now: millions of rounds per second of this thread's CPU time. */
    static double speed() {
        long t0 = cpuNanos();
        sink = kernel(ROUNDS);
        long t = Math.max(1, cpuNanos() - t0);
        return ROUNDS * 1e3 / t;
    }

    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Steps of one timing of the memory kernel: about 2.5 ms on this machine kind, where a step takes about 250 ns. */
    static final int STEPS = 10_000;
    /**
     * A single cycle through 8 M ints (32 MB, past the last-level cache), in a fixed random order: each step is a
     * dependent load that misses the caches, so its speed is the memory's latency, which other processes' and other
     * VMs' traffic slow down while the integer kernel stays flat (CoreNLP's models are large tables read at random).
     */
    private static final int[] CYCLE = cycle(1 << 23, 0x5EED);
    private static int position;

    /** A random cyclic permutation of {@code 0..n-1} (Sattolo's shuffle): {@code next[i]} follows {@code i}. */
    static int[] cycle(int n, long seed) {
        int[] next = new int[n];
        for (int i = 0; i < n; i++) {
            next[i] = i;
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i);
            int t = next[i];
            next[i] = next[j];
            next[j] = t;
        }
        return next;
    }

    /** The memory kernel's time now: nanoseconds of this thread's CPU time per dependent load. */
    static double memoryLatency() {
        long t0 = cpuNanos();
        int p = position;
        for (int i = 0; i < STEPS; i++) {
            p = CYCLE[p];
        }
        position = p;
        return (cpuNanos() - t0) / (double) STEPS;
    }

    /** The work: a multiplicative hash fed back through a table, so that no round can be skipped or vectorised. */
    static int kernel(int rounds) {
        int[] table = new int[MASK + 1];
        int h = 0x2545F491;
        for (int i = 0; i < rounds; i++) {
            h = h * 0x9E3779B1 + table[(h >>> 7) & MASK];
            table[i & MASK] = h ^ (h >>> 15);
        }
        return h;
    }

    /** Both kernels' speeds over one phase of the bench. */
    static final class Phase {
        final Samples integer = new Samples();
        final Samples memory = new Samples();

        /** Times both kernels once; returns the wall time that took, in nanoseconds. */
        long sample() {
            long t0 = System.nanoTime();
            integer.add(speed());
            memory.add(memoryLatency());
            return System.nanoTime() - t0;
        }

        @Override
        public String toString() {
            return "integer " + integer + "; memory " + memory;
        }
    }

    /** Speeds sampled over a phase: median, lowest and highest, for the report. */
    static final class Samples {
        private double[] values = new double[16];
        private int n;

        void add(double speed) {
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = speed;
        }

        /** The latest sample. */
        double last() {
            return n == 0 ? Double.NaN : values[n - 1];
        }

        int count() {
            return n;
        }

        double median() {
            if (n == 0) {
                return Double.NaN;
            }
            double[] s = Arrays.copyOf(values, n);
            Arrays.sort(s);
            return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        }

        double min() {
            return n == 0 ? Double.NaN : Arrays.stream(values, 0, n).min().orElseThrow();
        }

        double max() {
            return n == 0 ? Double.NaN : Arrays.stream(values, 0, n).max().orElseThrow();
        }

        @Override
        public String toString() {
            return n == 0 ? "none" : String.format("median %.1f (%.1f-%.1f, %d samples)", median(), min(), max(), n);
        }
    }
}
