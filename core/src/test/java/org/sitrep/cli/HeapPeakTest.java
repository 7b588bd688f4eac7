package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeapPeakTest {
    private static final long MB = 1048576;

    @Test
    void sumsTheHeapPoolsOfOneMomentAndSkipsTheOthers() {
        HeapPeak meter = HeapPeak.start();
        double before = meter.megabytes();
        Map<String, MemoryUsage> moment = new LinkedHashMap<>();
        long big = (long) (before + 4096) * MB; // far above anything this test JVM holds
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long used = pool.getType() == MemoryType.HEAP ? big : 7 * big; // a non-heap pool must not count
            moment.put(pool.getName(), new MemoryUsage(0, used, used, -1));
        }
        long heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).count();
        meter.record(moment);
        assertEquals(heapPools * big / (double) MB, meter.megabytes(), 1e-6);
    }

    @Test
    void aLowerMomentKeepsThePeak() {
        HeapPeak meter = HeapPeak.start();
        Map<String, MemoryUsage> high = new LinkedHashMap<>();
        Map<String, MemoryUsage> low = new LinkedHashMap<>();
        String heapPool = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .findFirst().orElseThrow().getName();
        high.put(heapPool, new MemoryUsage(0, 100_000 * MB, 100_000 * MB, -1));
        low.put(heapPool, new MemoryUsage(0, 1, 1, -1));
        meter.record(high);
        meter.record(low);
        assertEquals(100_000, meter.megabytes(), 1e-6);
        assertTrue(HeapPeak.start().megabytes() > 0, "a fresh meter counts the heap in use now");
    }
}
