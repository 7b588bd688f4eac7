package org.sitrep.annotate;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Lets the sentences of one article be annotated on the cores that no article keeps busy. With a few long
 * articles and several workers, the last article held one core while the others had nothing left to do
 * (the three seed articles gained 1.14x from a second worker; docs/benchmarks.md, sixth round).
 *
 * <p>The thread annotating an article always works through its own sentences; a helper thread is asked in only
 * while fewer articles are in process than there are workers, so helpers never take cores the articles need.
 * Every annotator after the sentence splitter reads and writes one sentence at a time, so who annotates a sentence
 * does not change the output. The cheap pass and the deep pass's time and NER steps are shared out in runs of
 * sentences ({@link SentenceParts}: their annotators have a per-call set-up), the parse one sentence at a time.
 * One instance serves one run of the pipeline: its counters are the run's, not any component's.
 */
public final class SentenceHelpers implements AutoCloseable {
    /** No helpers: every sentence on the article's own thread. */
    public static final SentenceHelpers NONE = new SentenceHelpers(0);

    private final int workers;
    private final ExecutorService threads;
    /** Articles being processed now. */
    private final AtomicInteger articles = new AtomicInteger();
    /** Helper threads at work now. */
    private final AtomicInteger engaged = new AtomicInteger();

    private SentenceHelpers(int workers) {
        this.workers = workers;
        this.threads = workers < 2 ? null : Executors.newFixedThreadPool(workers - 1, r -> {
            Thread t = new Thread(r, "sitrep-sentence-helper");
            t.setDaemon(true);
            return t;
        });
    }

    /** Helpers for a run of {@code workers} article workers (none for one worker). */
    public static SentenceHelpers forWorkers(int workers) {
        return workers < 2 ? NONE : new SentenceHelpers(workers);
    }

    /** Whether sentences may be handed to other threads at all. */
    boolean on() {
        return threads != null;
    }

    /** An article's processing began; while as many are in process as there are workers, nobody helps. */
    public void articleStarted() {
        articles.incrementAndGet();
    }

    /** An article's processing ended (also when it failed). */
    public void articleDone() {
        articles.decrementAndGet();
    }

    /**
     * Runs {@code task} on every item, on the calling thread and on helper threads while cores are idle; returns
     * when all are done. A failure of any item is thrown here, after the other items are done.
     */
    <T> void forEach(List<T> items, Consumer<T> task) {
        int n = items.size();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(n);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable drain = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                runOne(items.get(i), task, done, failure);
            }
        };
        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            if (n - i > 1) {
                askForHelp(drain);
            }
            runOne(items.get(i), task, done, failure);
        }
        boolean interrupted = false;
        while (done.getCount() > 0) {
            try {
                done.await();
            } catch (InterruptedException e) {
                interrupted = true; // a helper is still writing into this article's sentences: wait for it
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    private static <T> void runOne(T item, Consumer<T> task, CountDownLatch done, AtomicReference<Throwable> failure) {
        try {
            task.accept(item);
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        } finally {
            done.countDown();
        }
    }

    /** Starts a helper on the remaining items if a core is idle: fewer articles and helpers at work than workers. */
    private void askForHelp(Runnable drain) {
        if (threads == null || articles.get() + engaged.get() >= workers) {
            return;
        }
        if (engaged.incrementAndGet() + articles.get() > workers) {
            engaged.decrementAndGet();
            return;
        }
        try {
            threads.execute(() -> {
                try {
                    drain.run();
                } finally {
                    engaged.decrementAndGet();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            engaged.decrementAndGet(); // closed: the caller annotates the rest itself
        }
    }

    @Override
    public void close() {
        if (threads != null) {
            threads.shutdown();
        }
    }
}
