package org.sitrep.pipeline;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.sitrep.annotate.SentenceHelpers;

/**
 * Runs a function over items on several threads and hands the results on in input order. At most twice as many
 * items as workers are in flight at once, so memory stays bounded on large inputs; the output does not depend on
 * the number of workers. Cores no item keeps busy (the last long articles of a run) take sentences of those in
 * process through the {@link SentenceHelpers}.
 */
final class InOrderWorkers {
    private InOrderWorkers() {
    }

    /**
     * The results of {@code work} over {@code items}, in their order. The function must turn its own failures into
     * results; an {@link Error} it throws is rethrown, as is anything else wrapped in an IllegalStateException.
     */
    static <T, R> Iterator<R> map(List<T> items, int workers, SentenceHelpers helpers,
                                  BiFunction<T, SentenceHelpers, R> work) {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "sitrep-worker");
            t.setDaemon(true);
            return t;
        });
        Iterator<T> pending = items.iterator();
        ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                fill();
                boolean more = !inFlight.isEmpty();
                if (!more) {
                    pool.shutdown();
                    helpers.close();
                }
                return more;
            }

            @Override
            public R next() {
                fill();
                try {
                    return inFlight.removeFirst().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    pool.shutdownNow();
                    helpers.close();
                    throw new IllegalStateException("interrupted while processing articles", e);
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    helpers.close();
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }

            private void fill() {
                while (inFlight.size() < 2 * workers && pending.hasNext()) {
                    T item = pending.next();
                    inFlight.addLast(pool.submit(() -> {
                        helpers.articleStarted();
                        try {
                            return work.apply(item, helpers);
                        } finally {
                            helpers.articleDone();
                        }
                    }));
                }
            }
        };
    }
}
