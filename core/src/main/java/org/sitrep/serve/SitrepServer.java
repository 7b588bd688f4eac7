// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import static org.sitrep.serve.Responses.error;
import static org.sitrep.serve.Responses.json;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sitrep.fuse.Fuser;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.store.Corrections;
import org.sitrep.store.EventStore;

/**
 * Sitrep's HTTP API (and, when the classpath has a {@code /web} folder, its web UI) over an
 * {@link EventStore}. Start with {@link #start}; see docs/serve.md for the endpoints and security defaults.
 *
 * <p>The store serializes its own operations (JdbcEventStore methods are synchronized), so concurrent
 * requests are safe; ingest jobs run on one background thread. This class starts and stops the server and
 * routes requests: reads are {@link ReadRoutes}', writes {@link WriteRoutes}'.
 */
public final class SitrepServer implements AutoCloseable {
    /** A registered route: HTTP method and Javalin path. */
    public record Route(String method, String path) {
    }

    /** How often the search index looks for articles that other processes (ingest, watch) stored. */
    static final long REFRESH_SECONDS = 30;

    private final ServeConfig cfg;
    private final EventStore store;
    private final Jobs jobs;
    private final SearchIndex search = new SearchIndex();
    private final List<Route> routes = new ArrayList<>();
    private final Unrouted unrouted = new Unrouted();
    private final CorrectionRoutes corrections;
    private final ReadRoutes reads;
    private final WriteRoutes writes;
    private final Consumer<String> log;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sitrep-search-refresh");
        t.setDaemon(true);
        return t;
    });
    /** The store's article count when the search index was last built. */
    private volatile long indexedArticles = -1;
    /** Set once by {@link #start}. */
    private Javalin app;

    private SitrepServer(ServeConfig cfg, EventStore store, ArticleIngestor ingestor, Consumer<String> log,
                         Supplier<Fuser> fuser) {
        this.cfg = cfg;
        this.store = store;
        this.log = log;
        this.corrections = new CorrectionRoutes(store, memo(() -> new Corrections(store, fuser.get())));
        this.jobs = new Jobs(ingestor, () -> {
            search.rebuild(store);
            indexedArticles = store.articleCount();
        }, log, cfg.maxQueuedJobs());
        this.reads = new ReadRoutes(store, search, jobs);
        this.writes = new WriteRoutes(new WriteAccess(cfg.writeToken(), cfg.maxRequestBytes()), jobs, corrections,
                () -> search.rebuild(store));
    }

    /** Indexes the store for search, then listens on {@code cfg.host():cfg.port()}; logs to stderr. */
    public static SitrepServer start(ServeConfig cfg, EventStore store, ArticleIngestor ingestor) {
        return start(cfg, store, ingestor, AccessLog.STDERR);
    }

    /**
     * As {@link #start(ServeConfig, EventStore, ArticleIngestor)}, with {@code log} receiving one line per
     * request (method, path, status, milliseconds: never the query, a body or the token) and per job step.
     */
    public static SitrepServer start(ServeConfig cfg, EventStore store, ArticleIngestor ingestor,
                                     Consumer<String> log) {
        return start(cfg, store, ingestor, log, () -> new Fuser(Gazetteer.load()));
    }

    /**
     * As {@link #start(ServeConfig, EventStore, ArticleIngestor, Consumer)}, with the fuse stage
     * that analysts' corrections re-fuse with, made on the first correction.
     */
    public static SitrepServer start(ServeConfig cfg, EventStore store, ArticleIngestor ingestor,
                                     Consumer<String> log, Supplier<Fuser> fuser) {
        SitrepServer s = new SitrepServer(cfg, store, ingestor, log, fuser);
        s.search.rebuild(store);
        s.indexedArticles = store.articleCount();
        // articles stored by other processes on the same store appear in search within REFRESH_SECONDS
        s.refresher.scheduleWithFixedDelay(() -> {
            try {
                s.refreshSearch();
            } catch (RuntimeException e) {
                s.log.accept("search index refresh failed: " + e.getClass().getSimpleName());
            }
        }, REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
        s.app = s.create();
        s.app.start(cfg.host(), cfg.port());
        return s;
    }

    /** The port the server listens on (the chosen one when configured with port 0). */
    public int port() {
        return app.port();
    }

    public String host() {
        return cfg.host();
    }

    /** The address the listening connector is bound to. */
    public String boundHost() {
        for (var c : app.jettyServer().server().getConnectors()) {
            if (c instanceof org.eclipse.jetty.server.ServerConnector sc) {
                return sc.getHost();
            }
        }
        return null;
    }

    /** Every API route the server registers. */
    public List<Route> routes() {
        return Collections.unmodifiableList(routes);
    }

    /** Stops listening and waits for the running ingest job to finish. Does not close the store. */
    public void stop() {
        refresher.shutdownNow();
        app.stop();
        jobs.close();
    }

    /** Rebuilds the search index when the store's article count changed since the last build. */
    void refreshSearch() {
        long n = store.articleCount();
        if (n != indexedArticles) {
            search.rebuild(store);
            indexedArticles = n;
            log.accept("search index rebuilt: " + n + " articles");
        }
    }

    @Override
    public void close() {
        stop();
    }

    private Javalin create() {
        boolean ui = SitrepServer.class.getResource("/web") != null;
        Javalin j = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = cfg.maxRequestBytes();
            config.router.ignoreTrailingSlashes = true;
            // requests Jetty refuses itself (malformed, URI or headers too long) get the API's JSON error too
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler()));
            // Leaflet for the map comes from its WebJar on the classpath: nothing is fetched from a CDN
            config.staticFiles.enableWebjars();
            config.requestLogger.http((ctx, ms) -> log.accept(AccessLog.line(ctx.method().name(), ctx.path(),
                    ctx.statusCode(), ms)));
            if (ui) {
                config.staticFiles.add(sf -> {
                    sf.hostedPath = "/";
                    sf.directory = "/web";
                    sf.location = Location.CLASSPATH;
                });
            }
        });
        j.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", "default-src 'self'");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Cache-Control", "no-store");
            Unrouted.requireUtf8(ctx);
        });
        j.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
        // no route took the request: 405 when another method would have, else 404
        j.exception(NotFoundResponse.class, (e, ctx) -> unrouted.answer(ctx));
        j.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        j.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error"));
        j.error(404, ctx -> {
            if (ctx.res().getContentType() == null || !ctx.res().getContentType().startsWith("application/json")) {
                error(ctx, 404, "not found");
            }
        });

        route(j, HandlerType.GET, "/api/events", reads::events);
        route(j, HandlerType.GET, "/api/events/{id}", reads::event);
        route(j, HandlerType.GET, "/api/articles/{id}", reads::article);
        route(j, HandlerType.GET, "/api/search", reads::search);
        route(j, HandlerType.GET, "/api/timeline", reads::timeline);
        route(j, HandlerType.GET, "/api/sitrep", reads::sitrep);
        route(j, HandlerType.GET, "/api/export.jsonl", reads::exportJsonl);
        route(j, HandlerType.GET, "/api/export.csv", reads::exportCsv);
        route(j, HandlerType.GET, "/api/export.geojson", reads::exportGeoJson);
        route(j, HandlerType.POST, "/api/articles", writes::postArticles);
        route(j, HandlerType.GET, "/api/jobs/{id}", reads::job);
        route(j, HandlerType.GET, "/api/framing", reads::framing);
        route(j, HandlerType.GET, "/api/openapi.json", reads::openapi);
        route(j, HandlerType.GET, "/api/corrections", ctx -> json(ctx, 200, corrections.list()));
        route(j, HandlerType.POST, "/api/corrections", writes::correct);
        route(j, HandlerType.POST, "/api/corrections/{id}/undo", writes::undo);
        return j;
    }

    private void route(Javalin j, HandlerType method, String path, Handler h) {
        j.addHttpHandler(method, path, h);
        routes.add(new Route(method.name(), path));
        unrouted.add(method.name(), path);
    }

    /** One value made on first use and kept (the corrections service loads the gazetteer). */
    private static <T> Supplier<T> memo(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }
}
