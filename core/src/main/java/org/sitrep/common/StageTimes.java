package org.sitrep.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * A {@link StageClock} that sums the time of each stage over a run; one per profiled run, safe to share
 * between worker threads. Stages keep the order in which they were first seen.
 */
public final class StageTimes implements StageClock {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> order = new ConcurrentLinkedQueue<>();
    private final boolean cpu;

    /** Sums wall time. */
    public StageTimes() {
        this(false);
    }

    /**
     * Sums wall time, or with {@code cpu} the CPU time of the thread doing the work: on a shared machine the
     * wall clock also counts the time other jobs held the core, the thread's CPU time does not.
     */
    public StageTimes(boolean cpu) {
        this.cpu = cpu;
    }

    @Override
    public long now() {
        return cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    @Override
    public void add(String stage, long n) {
        nanos.computeIfAbsent(stage, k -> {
            order.add(k);
            return new LongAdder();
        }).add(n);
    }

    /** Total nanoseconds per stage, in first-seen order. */
    public Map<String, Long> totals() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String k : order) {
            out.put(k, nanos.get(k).sum());
        }
        return out;
    }
}
