// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.sitrep.model.Article;
import org.sitrep.model.InputError;
import org.sitrep.store.StoreIngest;

/**
 * Ingest jobs, run one at a time on a background thread, one article after the other so progress can be
 * reported. The last {@value #KEPT} jobs are kept for {@code GET /api/jobs/{id}}. At most {@code maxWaiting}
 * jobs wait behind the running one: each holds its articles in memory, so an unbounded queue would let a
 * token holder exhaust the heap; a job beyond the cap is refused, not queued.
 */
final class Jobs implements AutoCloseable {
    static final int KEPT = 1000;
    /** Errors kept per job. */
    static final int MAX_ERRORS = 100;

    private final ArticleIngestor ingestor;
    private final Runnable afterJob;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sitrep-ingest");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > KEPT;
        }
    };

    private final Consumer<String> log;
    private final int maxWaiting;
    /** Jobs submitted and not yet started; guarded by {@link #jobs}. */
    private int waiting;

    /**
     * @param log        receives one line per job step (ids and counts only, never article text)
     * @param maxWaiting how many jobs may wait behind the running one (at least 1)
     */
    Jobs(ArticleIngestor ingestor, Runnable afterJob, Consumer<String> log, int maxWaiting) {
        if (maxWaiting < 1) {
            throw new IllegalArgumentException("maxWaiting must be at least 1, not " + maxWaiting);
        }
        this.ingestor = ingestor;
        this.afterJob = afterJob;
        this.log = log;
        this.maxWaiting = maxWaiting;
    }

    /** Where a job is: waiting behind another, running, finished, or stopped by an article it could not store. */
    enum State {
        QUEUED, RUNNING, DONE, FAILED;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final class Job {
        final String id = UUID.randomUUID().toString();
        final int total;
        private State state = State.QUEUED;
        private int done;
        private int added;
        private int skipped;
        private final List<String> errors = new ArrayList<>();

        Job(int total) {
            this.total = total;
        }

        synchronized ObjectNode json() {
            ObjectNode o = Json.object();
            o.put("job", id);
            o.put("state", state.code());
            o.put("total", total);
            o.put("done", done);
            o.put("added", added);
            o.put("skipped", skipped);
            ArrayNode e = o.putArray("errors");
            errors.forEach(e::add);
            return o;
        }

        synchronized void state(State s) {
            state = s;
        }

        synchronized void progress(StoreIngest.Result r) {
            done++;
            added += r.added();
            skipped += r.skipped();
            for (InputError e : r.errors()) {
                error(e.input() + ": " + e.reason());
            }
        }

        synchronized void error(String message) {
            if (errors.size() < MAX_ERRORS) {
                errors.add(message);
            }
        }
    }

    /** The queued job, or empty when {@code maxWaiting} jobs are waiting already (nothing is queued then). */
    Optional<Job> submit(List<Article> articles) {
        Job job = new Job(articles.size());
        synchronized (jobs) {
            if (waiting >= maxWaiting) {
                log.accept("job refused: " + waiting + " jobs waiting already");
                return Optional.empty();
            }
            waiting++;
            jobs.put(job.id, job);
        }
        log.accept("job " + job.id + ": queued, " + articles.size() + " articles");
        executor.execute(() -> run(job, articles));
        return Optional.of(job);
    }

    int maxWaiting() {
        return maxWaiting;
    }

    private void run(Job job, List<Article> articles) {
        synchronized (jobs) {
            waiting--;
        }
        job.state(State.RUNNING);
        long t0 = System.nanoTime();
        log.accept("job " + job.id + ": running");
        boolean failed = false;
        int n = 0;
        for (Article a : articles) {
            n++;
            try {
                StoreIngest.Result r = ingestor.ingest(List.of(a));
                job.progress(r);
                log.accept("job " + job.id + ": article " + n + "/" + articles.size() + " " + a.docId() + ": "
                        + (r.added() > 0 ? "added, " + r.mentions() + " mentions" : r.skipped() > 0 ? "skipped (stored already)"
                        : "error"));
            } catch (RuntimeException e) {
                failed = true;
                job.error(a.docId() + ": could not be stored: " + e.getClass().getSimpleName());
                log.accept("job " + job.id + ": article " + n + "/" + articles.size() + " " + a.docId()
                        + ": could not be stored (" + e.getClass().getSimpleName() + "); job stopped");
                break;
            }
        }
        try {
            afterJob.run();
            log.accept("job " + job.id + ": search index rebuilt");
        } catch (RuntimeException e) {
            failed = true;
            job.error("the search index could not be updated: " + e.getClass().getSimpleName());
        }
        State end = failed ? State.FAILED : State.DONE;
        // the log line first: a client that sees the job end finds its last line already written
        log.accept(String.format(Locale.ROOT, "job %s: %s in %.1f s", job.id, end.code(), (System.nanoTime() - t0) / 1e9));
        job.state(end);
    }

    Optional<Job> get(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.shutdownNow();
    }
}
