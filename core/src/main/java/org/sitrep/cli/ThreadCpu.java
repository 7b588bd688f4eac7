// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time by kind of thread (the pipeline's own threads, the garbage collector, the JIT compilers, the rest of the
 * JVM) and what the other processes on the machine took meanwhile, read from Linux's {@code /proc}. The process's
 * CPU time alone could not tell a second worker that waits from one whose core another job holds, nor the
 * pipeline's own work from the collector's (docs/benchmarks.md, fifteenth session). Empty where {@code /proc} is
 * missing: the bench then prints nothing of it.
 *
 * @param process nanoseconds of CPU time of this process, every thread's, including threads that have ended
 * @param byKind  nanoseconds on a CPU per kind of JVM thread alive now (the collector's, the compilers', the rest)
 * @param machine nanoseconds all CPUs spent busy (user, nice, system, interrupts), every process's
 */
record ThreadCpu(long process, Map<String, Long> byKind, long machine) {
    static final String PIPELINE = "pipeline threads";
    static final String GC = "collector and VM thread";
    static final String JIT = "JIT compilers";
    static final String OTHER = "other JVM threads";
    private static final String[] KINDS = {PIPELINE, GC, JIT, OTHER};

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final Path STAT = Path.of("/proc/stat");
    /** USER_HZ, the unit of /proc/stat on every Linux architecture Java runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    /**
     * CPU time of this process in nanoseconds: every thread's, garbage collection and JIT included, and none of
     * the time other jobs on the machine held the cores.
     */
    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }


    /** Now, with the process's CPU time {@code processCpu}; null where {@code /proc} cannot be read. */
    static ThreadCpu now(long processCpu) {
        if (!Files.isDirectory(TASKS) || !Files.isReadable(STAT)) {
            return null;
        }
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (String k : KINDS) {
            byKind.put(k, 0L);
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                Long cpu = onCpu(task);
                String name = name(task);
                if (cpu != null && name != null) {
                    byKind.merge(kind(name), cpu, Long::sum);
                }
            }
            return new ThreadCpu(processCpu, byKind, busy(Files.readString(STAT)));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The kind of a thread from its name as the kernel keeps it (15 characters): HotSpot names its collector
     * threads "GC Thread#n" (ParallelGC) or "G1 ..." and its compilers "C1/C2 CompilerThre"; everything else
     * Sitrep and CoreNLP start, and the main thread, does the pipeline's work.
     */
    static String kind(String comm) {
        if (comm.startsWith("GC Thread") || comm.startsWith("G1 ") || comm.startsWith("VM Thread")) {
            return GC;
        }
        if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler") || comm.startsWith("Sweeper")) {
            return JIT;
        }
        if (comm.startsWith("sitrep") || comm.equals("java") || comm.startsWith("pool-") || comm.startsWith("ForkJoinPool")) {
            return PIPELINE;
        }
        return OTHER;
    }

    /** Busy time of all CPUs from the first line of {@code /proc/stat}: user, nice, system, irq, softirq, steal. */
    static long busy(String procStat) {
        String[] f = procStat.substring(0, procStat.indexOf('\n')).trim().split("\\s+");
        long ticks = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            ticks += i < f.length ? Long.parseLong(f[i]) : 0;
        }
        return ticks * NANOS_PER_TICK;
    }

    private static Long onCpu(Path task) {
        try {
            // schedstat's first field: nanoseconds on a CPU (finer than stat's clock ticks)
            return Long.parseLong(Files.readString(task.resolve("schedstat")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return null; // the thread ended meanwhile
        }
    }

    private static String name(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip();
        } catch (IOException e) {
            return null;
        }
    }

    /** Nothing yet: the start of a sum of {@link #plus} over the blocks of an interleaved phase. */
    static ThreadCpu zero() {
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (String k : KINDS) {
            byKind.put(k, 0L);
        }
        return new ThreadCpu(0, byKind, 0);
    }

    /**
     * This sum and what happened from {@code before} to {@code after}, kind by kind; null where either reading is
     * null ({@code /proc} could not be read).
     */
    ThreadCpu plus(ThreadCpu before, ThreadCpu after) {
        if (before == null || after == null) {
            return null;
        }
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (String k : KINDS) {
            byKind.put(k, this.byKind.getOrDefault(k, 0L) + after.byKind.getOrDefault(k, 0L)
                    - before.byKind.getOrDefault(k, 0L));
        }
        return new ThreadCpu(process + after.process - before.process, byKind, machine + after.machine - before.machine);
    }

    /** Nanoseconds the JIT compilers spent on a CPU from {@code before} to this reading. */
    long jitSince(ThreadCpu before) {
        return byKind.get(JIT) - before.byKind.getOrDefault(JIT, 0L);
    }

    /**
     * Each kind's CPU seconds and the other processes' from {@code before} to this reading, over {@code wall} seconds.
     * The pipeline's share is the process's time less the JVM's own threads', since worker threads end with their run.
     */
    String since(ThreadCpu before, double wall) {
        long ours = process - before.process;
        long jvm = 0;
        StringBuilder out = new StringBuilder();
        for (String k : KINDS) {
            if (!k.equals(PIPELINE)) {
                jvm += byKind.get(k) - before.byKind.getOrDefault(k, 0L);
            }
        }
        for (String k : KINDS) {
            long d = k.equals(PIPELINE) ? ours - jvm : byKind.get(k) - before.byKind.getOrDefault(k, 0L);
            out.append(out.isEmpty() ? "" : ", ").append(String.format("%s %.1f s", k, d / 1e9));
        }
        double others = Math.max(0, (machine - before.machine) - ours) / 1e9;
        return String.format("%s; %.2f cores used by this process, %.2f by other processes (%.1f s wall)",
                out, ours / 1e9 / wall, others / wall, wall);
    }
}
