// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Load time and retained heap of the gazetteer. It must run in a fresh JVM (the gazetteer is a
 * singleton), so besides the "bench"-tagged test (excluded from normal builds) it has a main:
 * <pre>
 * ./mvnw -q -o test-compile
 * java -Xmx256m -cp target/classes:target/test-classes org.sitrep.resolve.place.GazetteerLoadBench
 * </pre>
 */
@Tag("bench")
class GazetteerLoadBench {

    public static void main(String[] args) {
        System.out.println(measure());
    }

    @Test
    void loadTimeAndHeap() {
        System.out.println(measure());
    }

    static String measure() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long heapBefore = usedHeapAfterGc(memory);
        long process0 = processCpuNanos();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        Gazetteer g = Gazetteer.load();
        long wallMs = (System.nanoTime() - wall0) / 1_000_000;
        long cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        long processMs = (processCpuNanos() - process0) / 1_000_000;
        long retainedMb = (usedHeapAfterGc(memory) - heapBefore) >> 20;

        int rounds = 20_000;
        int hits = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            hits += g.contains(i % 2 == 0 ? "Eastern Ghouta" : "Thursday Morning") ? 1 : 0;
        }
        long containsNs = (System.nanoTime() - t0) / rounds;
        t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            hits += g.lookup(i % 2 == 0 ? "Douma" : "Damascus").size() > 0 ? 1 : 0;
        }
        long lookupUs = (System.nanoTime() - t0) / rounds / 1000;
        if (hits != rounds + rounds / 2) {
            throw new AssertionError("unexpected results: " + hits);
        }
        return String.format("gazetteer: %d places, load %d ms wall, %d ms main-thread CPU, %d ms process CPU"
                + " (incl. JIT and GC threads), retained heap ~%d MB, contains() ~%d ns, lookup() ~%d us",
                g.placeCount(), wallMs, cpuMs, processMs, retainedMb, containsNs, lookupUs);
    }

    /** Process CPU time where the JVM reports it (HotSpot does), else -1. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
