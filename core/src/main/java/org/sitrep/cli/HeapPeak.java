package org.sitrep.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use at any one moment since {@link #start()}: the heap pools' usage summed just before each
 * collection (heap in use only grows between collections), and now. The sum of each pool's own peak, which the bench
 * printed before, adds peaks of different moments (a full eden, and the old generation after a later promotion) and
 * read above the heap's maximum; the GC log's "in use before a collection" is the figure this one matches.
 */
final class HeapPeak {
    private final AtomicLong peak = new AtomicLong();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    private HeapPeak() {
    }

    /** Starts listening to the collectors; the peak counts from here. */
    static HeapPeak start() {
        HeapPeak meter = new HeapPeak();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        meter.record(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                                .getGcInfo().getMemoryUsageBeforeGc());
                    }
                }, null, null);
            }
        }
        meter.peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        return meter;
    }

    /** Takes the heap pools' summed usage of one moment as a candidate peak. */
    void record(Map<String, MemoryUsage> pools) {
        long used = pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
        peak.accumulateAndGet(used, Math::max);
    }

    /** The peak in MB, now included. */
    double megabytes() {
        peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        return peak.get() / 1048576.0;
    }
}
