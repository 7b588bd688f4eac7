package org.sitrep.common;

import java.util.function.Supplier;

/**
 * Receives the time each stage or component took, for benchmarks and the profile. It is passed into a
 * call, never kept in a component's fields, so one loaded pipeline can be timed while threads share it.
 * {@link #NONE} ignores everything and costs no clock reads.
 */
@FunctionalInterface
public interface StageClock {
    StageClock NONE = new StageClock() {
        @Override
        public void add(String stage, long nanos) {
        }

        @Override
        public boolean on() {
            return false;
        }

        @Override
        public long now() {
            return 0;
        }
    };

    void add(String stage, long nanos);

    /** Whether anything listens; when not, {@link #time} runs the work without reading the clock. */
    default boolean on() {
        return true;
    }

    /** The clock's reading in nanoseconds: wall time unless a clock says otherwise (the profile reads CPU time). */
    default long now() {
        return System.nanoTime();
    }

    /** Runs {@code work} and adds its time ({@link #now}) to {@code stage}. */
    default <T> T time(String stage, Supplier<T> work) {
        if (!on()) {
            return work.get();
        }
        long t0 = now();
        try {
            return work.get();
        } finally {
            add(stage, now() - t0);
        }
    }

    /** As {@link #time(String, Supplier)}, for work without a result. */
    default void run(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }
}
