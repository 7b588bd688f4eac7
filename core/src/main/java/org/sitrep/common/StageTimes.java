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
