// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void threadsAreSortedByTheNamesHotSpotAndSitrepGiveThem() {
        assertThat(ThreadCpu.kind("GC Thread#0")).isEqualTo(ThreadCpu.GC);
        assertThat(ThreadCpu.kind("G1 Conc#0")).isEqualTo(ThreadCpu.GC);
        assertThat(ThreadCpu.kind("VM Thread")).isEqualTo(ThreadCpu.GC);
        assertThat(ThreadCpu.kind("C2 CompilerThre")).isEqualTo(ThreadCpu.JIT);
        assertThat(ThreadCpu.kind("C1 CompilerThre")).isEqualTo(ThreadCpu.JIT);
        assertThat(ThreadCpu.kind("sitrep-worker")).isEqualTo(ThreadCpu.PIPELINE);
        assertThat(ThreadCpu.kind("java")).isEqualTo(ThreadCpu.PIPELINE);
        assertThat(ThreadCpu.kind("Finalizer")).isEqualTo(ThreadCpu.OTHER);
    }

    @Test
    void theMachinesBusyTimeIsUserNiceSystemInterruptsAndStealNotIdleOrIowait() {
        // user 100, nice 20, system 30, idle 500, iowait 7, irq 1, softirq 2, steal 3 (clock ticks of 10 ms)
        String stat = "cpu  100 20 30 500 7 1 2 3 0 0\ncpu0 50 10 15 250 3 1 1 2 0 0\n";
        assertThat(ThreadCpu.busy(stat)).isEqualTo(156 * 10_000_000L);
    }

    @Test
    void thePipelinesShareIsTheProcessLessTheJvmsOwnThreadsAndTheRestIsOtherProcesses() {
        ThreadCpu before = new ThreadCpu(10 * SECOND, kinds(0, 1 * SECOND, 2 * SECOND, 0), 100 * SECOND);
        // 4 s of wall time: the process took 6 s (1 s of it the compilers, 0.5 s the collector), the machine 7.5 s
        ThreadCpu after = new ThreadCpu(16 * SECOND, kinds(0, 1_500_000_000L, 3 * SECOND, 0), 107_500_000_000L);
        assertThat(after.jitSince(before)).isEqualTo(SECOND);
        assertThat(after.since(before, 4.0)).isEqualTo("pipeline threads 4.5 s, collector and VM thread 0.5 s, "
                + "JIT compilers 1.0 s, other JVM threads 0.0 s; 1.50 cores used by this process, 0.38 by other processes (4.0 s wall)");
    }

    @Test
    void onLinuxTheReadingAddsUpToNoMoreThanTheProcess() {
        ThreadCpu now = ThreadCpu.now(Long.MAX_VALUE);
        if (now == null) {
            return; // no /proc: the bench prints no breakdown, which is what null tells it
        }
        long threads = now.byKind().values().stream().mapToLong(Long::longValue).sum();
        long process = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        // the live threads' time, read first, is part of the process's (ended threads' time is in it too)
        assertThat(threads).isPositive().isLessThanOrEqualTo(process + 50_000_000L);
        assertThat(now.byKind().get(ThreadCpu.PIPELINE)).isPositive();
        assertThat(now.machine()).isGreaterThanOrEqualTo(threads - 50_000_000L);
    }

    private static Map<String, Long> kinds(long pipeline, long gc, long jit, long other) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put(ThreadCpu.PIPELINE, pipeline);
        m.put(ThreadCpu.GC, gc);
        m.put(ThreadCpu.JIT, jit);
        m.put(ThreadCpu.OTHER, other);
        return m;
    }

    @Test
    void aPhaseInBlocksSumsEachBlocksCpuKindByKind() {
        Map<String, Long> a = new LinkedHashMap<>(Map.of(ThreadCpu.GC, 1 * SECOND, ThreadCpu.JIT, 2 * SECOND));
        Map<String, Long> b = new LinkedHashMap<>(Map.of(ThreadCpu.GC, 2 * SECOND, ThreadCpu.JIT, 2 * SECOND));
        Map<String, Long> c = new LinkedHashMap<>(Map.of(ThreadCpu.GC, 5 * SECOND, ThreadCpu.JIT, 2 * SECOND));
        Map<String, Long> d = new LinkedHashMap<>(Map.of(ThreadCpu.GC, 5 * SECOND, ThreadCpu.JIT, 4 * SECOND));
        // two blocks: the first 3 s of this process (1 s of it collection) while the machine was busy 4 s, the
        // second 5 s (2 s of it compilation) while the machine was busy 6 s
        ThreadCpu sum = ThreadCpu.zero()
                .plus(new ThreadCpu(10 * SECOND, a, 100 * SECOND), new ThreadCpu(13 * SECOND, b, 104 * SECOND))
                .plus(new ThreadCpu(20 * SECOND, c, 110 * SECOND), new ThreadCpu(25 * SECOND, d, 116 * SECOND));
        assertThat(sum.process()).isEqualTo(8 * SECOND);
        assertThat(sum.byKind().get(ThreadCpu.GC)).isEqualTo(1 * SECOND);
        assertThat(sum.byKind().get(ThreadCpu.JIT)).isEqualTo(2 * SECOND);
        assertThat(sum.machine()).isEqualTo(10 * SECOND);
        assertThat(sum.since(ThreadCpu.zero(), 8.0)).isEqualTo("pipeline threads 5.0 s, collector and VM thread 1.0 s,"
                + " JIT compilers 2.0 s, other JVM threads 0.0 s; 1.00 cores used by this process, 0.25 by other"
                + " processes (8.0 s wall)");
    }

    @Test
    void aBlockWithoutProcReadingsLeavesNoSum() {
        assertThat(ThreadCpu.zero().plus(null, ThreadCpu.zero())).isNull();
    }
}
