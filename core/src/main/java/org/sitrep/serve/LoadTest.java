// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test of the read endpoints: {@code clients} threads, each a user requesting the list,
 * search, one-event, timeline and GeoJSON endpoints in turn until the time is up. Loopback targets only.
 */
public final class LoadTest {
    static final List<String> PATHS = List.of("/api/events?limit=20", "/api/search?q=report", "/api/events?limit=5&offset=5",
            "/api/timeline", "/api/export.geojson?limit=50");

    /** What a run measured; latencies in milliseconds. */
    public record Report(long requests, long errors, double seconds, double p50, double p95, double p99) {
        public String summary() {
            return String.format(java.util.Locale.ROOT,
                    "requests %d, errors %d, %.1f req/s, latency ms p50 %.1f p95 %.1f p99 %.1f",
                    requests, errors, requests / Math.max(seconds, 1e-9), p50, p95, p99);
        }
    }

    private LoadTest() {
    }

    public static Report run(URI base, int clients, Duration duration) throws IOException, InterruptedException {
        if (clients < 1 || clients > 1000) {
            throw new IllegalArgumentException("clients must be between 1 and 1000");
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("the duration must be between 1 second and 10 minutes");
        }
        String host = base.getHost();
        if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
            throw new IllegalArgumentException("load tests run against loopback addresses only, not " + host);
        }
        String root = base.toString().replaceAll("/+$", "");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong errors = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> users = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c;
                users.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = first; System.nanoTime() < deadline; i++) {
                        URI uri = URI.create(root + PATHS.get(i % PATHS.size()));
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                                    .GET().build(), HttpResponse.BodyHandlers.discarding());
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            break;
                        }
                        mine.add(System.nanoTime() - t0);
                    }
                    latencies.addAll(mine);
                }));
            }
            for (Future<?> f : users) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    errors.incrementAndGet();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Report(sorted.size(), errors.get(), seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}
