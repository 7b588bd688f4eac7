// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Status;
import org.sitrep.report.ReportScope;
import org.sitrep.report.Reports;
import org.sitrep.report.SituationReport;
import org.sitrep.store.AcledCsv;
import org.sitrep.fuse.Fuser;
import org.sitrep.model.OutletFraming;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventReader;
import org.sitrep.store.Corrections;
import org.sitrep.store.EventStore;
import org.sitrep.resolve.place.Gazetteer;
import java.util.function.Supplier;

/**
 * Sitrep's HTTP API (and, when the classpath has a {@code /web} folder, its web UI) over an
 * {@link EventStore}. Start with {@link #start}; see docs/serve.md for the endpoints and security defaults.
 *
 * <p>The store serializes its own operations (JdbcEventStore methods are synchronized), so concurrent
 * requests are safe; ingest jobs run on one background thread.
 */
public final class SitrepServer implements AutoCloseable {
    /** Most events one list or report request reads. */
    static final int MAX_LIMIT = 1000;
    /** Most events an export or report reads. */
    static final int MAX_EXPORT = 100_000;
    static final String JSON = "application/json; charset=utf-8";

    /** A registered route: HTTP method and Javalin path. */
    public record Route(String method, String path) {
    }

    private final ServeConfig cfg;
    private final EventStore store;
    private final Jobs jobs;
    private final SearchIndex search = new SearchIndex();
    private final List<Route> routes = new ArrayList<>();
    private final byte[] token;
    private final CorrectionRoutes corrections;
    private Javalin app;

    private final java.util.function.Consumer<String> log;

    private SitrepServer(ServeConfig cfg, EventStore store, ArticleIngestor ingestor, java.util.function.Consumer<String> log,
                         Supplier<Fuser> fuser) {
        this.cfg = cfg;
        this.store = store;
        this.log = log;
        this.corrections = new CorrectionRoutes(store, memo(() -> new Corrections(store, fuser.get())));
        this.token = cfg.writeToken() == null ? null : cfg.writeToken().getBytes(StandardCharsets.UTF_8);
        this.jobs = new Jobs(ingestor, () -> {
            search.rebuild(store);
            indexedArticles = store.articleCount();
        }, log);
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
                                     java.util.function.Consumer<String> log) {
        return start(cfg, store, ingestor, log, () -> new Fuser(Gazetteer.load()));
    }

    /**
     * As {@link #start(ServeConfig, EventStore, ArticleIngestor, java.util.function.Consumer)}, with the fuse stage
     * that analysts' corrections re-fuse with, made on the first correction.
     */
    public static SitrepServer start(ServeConfig cfg, EventStore store, ArticleIngestor ingestor,
                                     java.util.function.Consumer<String> log, Supplier<Fuser> fuser) {
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
        }, REFRESH_SECONDS, REFRESH_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
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

    /** How often the search index looks for articles that other processes (ingest, watch) stored. */
    static final long REFRESH_SECONDS = 30;

    private final java.util.concurrent.ScheduledExecutorService refresher =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "sitrep-search-refresh");
                t.setDaemon(true);
                return t;
            });
    private volatile long indexedArticles = -1;

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
        });
        j.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
        j.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        j.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error"));
        j.error(404, ctx -> {
            if (ctx.res().getContentType() == null || !ctx.res().getContentType().startsWith("application/json")) {
                error(ctx, 404, "not found");
            }
        });

        route(j, HandlerType.GET, "/api/events", this::events);
        route(j, HandlerType.GET, "/api/events/{id}", this::event);
        route(j, HandlerType.GET, "/api/articles/{id}", this::article);
        route(j, HandlerType.GET, "/api/search", this::search);
        route(j, HandlerType.GET, "/api/timeline", this::timeline);
        route(j, HandlerType.GET, "/api/sitrep", this::sitrep);
        route(j, HandlerType.GET, "/api/export.jsonl", this::exportJsonl);
        route(j, HandlerType.GET, "/api/export.csv", this::exportCsv);
        route(j, HandlerType.GET, "/api/export.geojson", this::exportGeoJson);
        route(j, HandlerType.POST, "/api/articles", this::postArticles);
        route(j, HandlerType.GET, "/api/jobs/{id}", this::job);
        route(j, HandlerType.GET, "/api/framing", this::framing);
        route(j, HandlerType.GET, "/api/openapi.json", this::openapi);
        route(j, HandlerType.GET, "/api/corrections", ctx -> json(ctx, 200, corrections.list()));
        route(j, HandlerType.POST, "/api/corrections", ctx -> {
            requireWriteToken(ctx);
            ObjectNode made = corrections.make(boundedBody(ctx));
            search.rebuild(store);   // the events a correction re-fused have new ids
            json(ctx, 201, made);
        });
        route(j, HandlerType.POST, "/api/corrections/{id}/undo", ctx -> {
            requireWriteToken(ctx);
            ObjectNode undone = corrections.undo(ctx.pathParam("id"), boundedBody(ctx));
            search.rebuild(store);
            json(ctx, 200, undone);
        });
        return j;
    }

    private void route(Javalin j, HandlerType method, String path, Handler h) {
        j.addHttpHandler(method, path, h);
        routes.add(new Route(method.name(), path));
    }

    // ---- reads

    private void events(Context ctx) {
        EventQuery q = query(ctx, true);
        ObjectNode o = Json.object();
        o.put("total", store.count(q));
        ArrayNode events = o.putArray("events");
        store.events(q).forEach(events::add);
        json(ctx, 200, o);
    }

    /** Per outlet, the words used for each actor, over every stored mention. */
    private void framing(Context ctx) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (OutletFraming f : Fuser.framing(store.allMentions())) {
            ObjectNode o = out.addObject();
            o.put("outlet", f.outlet());
            o.put("articles", f.articles());
            ObjectNode words = o.putObject("words_by_actor");
            f.wordsByActor().forEach((actor, list) -> {
                ArrayNode a = words.putArray(actor);
                list.forEach(a::add);
            });
        }
        json(ctx, 200, out);
    }

    private void event(Context ctx) {
        JsonNode e = store.event(ctx.pathParam("id")).orElseThrow(() -> new ApiError(404, "no event with this id"));
        json(ctx, 200, e);
    }

    /** One stored article with its text and the events that cite it (for the article page). */
    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        Article a = store.article(id).orElseThrow(() -> new ApiError(404, "no article with this id"));
        ObjectNode o = Json.object();
        o.put("doc_id", a.docId());
        o.put("outlet", a.outlet());
        o.put("url", a.url());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("title", a.title());
        o.put("text", a.text());
        ArrayNode events = o.putArray("events");
        store.eventsOfArticle(id).forEach(events::add);
        json(ctx, 200, o);
    }

    private void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw new ApiError(400, "q is required");
        }
        if (q.length() > 500) {
            throw new ApiError(400, "q is longer than 500 characters");
        }
        int limit = intParam(ctx, "limit", 20, 1, 100);
        SearchIndex.Hits hits;
        try {
            hits = search.search(q, limit);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, e.getMessage());
        }
        ObjectNode o = Json.object();
        ArrayNode articles = o.putArray("articles");
        for (SearchIndex.ArticleHit h : hits.articles()) {
            ObjectNode a = articles.addObject();
            a.put("doc_id", h.docId());
            a.put("title", h.title());
            a.put("outlet", h.outlet());
            a.put("snippet", h.snippet());
        }
        ArrayNode events = o.putArray("events");
        for (String id : hits.eventIds()) {
            store.event(id).ifPresent(events::add);
        }
        json(ctx, 200, o);
    }

    private void timeline(Context ctx) {
        ReportScope scope = scope(ctx);
        ObjectNode o = Json.object();
        o.put("markdown", Reports.timeline(Reports.select(allEvents(), scope)));
        json(ctx, 200, o);
    }

    private void sitrep(Context ctx) {
        ReportScope scope = scope(ctx);
        // outlet framing and inferred dates are not stored; the report leaves those sections out
        SituationReport r = Reports.situationReport(allEvents(), scope, List.of(), Map.of());
        ObjectNode o = Json.object();
        o.put("markdown", r.markdown());
        o.put("html", r.html());
        json(ctx, 200, o);
    }

    private List<Event> allEvents() {
        return store.events(EventQuery.all().limit(MAX_EXPORT)).stream().map(EventReader::read).toList();
    }

    private void exportJsonl(Context ctx) {
        StringBuilder out = new StringBuilder();
        for (JsonNode e : store.events(query(ctx, false))) {
            out.append(Json.write(e)).append('\n');
        }
        ctx.status(200).contentType("application/x-ndjson; charset=utf-8").result(out.toString());
    }

    private void exportCsv(Context ctx) throws IOException {
        List<Event> events = store.events(query(ctx, false)).stream().map(EventReader::read).toList();
        StringWriter w = new StringWriter();
        AcledCsv.write(events, w);
        ctx.header("Content-Disposition", "attachment; filename=\"events.csv\"");
        ctx.status(200).contentType("text/csv; charset=utf-8").result(w.toString());
    }

    private void exportGeoJson(Context ctx) {
        ObjectNode fc = GeoJson.of(store.events(query(ctx, false)));
        ctx.status(200).contentType("application/geo+json; charset=utf-8").result(Json.write(fc));
    }

    private void job(Context ctx) {
        Jobs.Job job = jobs.get(ctx.pathParam("id")).orElseThrow(() -> new ApiError(404, "no job with this id"));
        json(ctx, 200, job.json());
    }

    private void openapi(Context ctx) throws IOException {
        try (InputStream in = SitrepServer.class.getResourceAsStream("/serve/openapi.json")) {
            if (in == null) {
                throw new ApiError(404, "the OpenAPI document is missing");
            }
            ctx.status(200).contentType(JSON).result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    // ---- writes

    /** 403 when the server takes no writes, 401 without the right bearer token (compared in constant time). */
    private void requireWriteToken(Context ctx) {
        if (token == null) {
            throw new ApiError(403, "writes are disabled: the server was started without a write token");
        }
        String auth = ctx.header("Authorization");
        byte[] given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)
                ? auth.substring(7).strip().getBytes(StandardCharsets.UTF_8) : null;
        if (given == null || !MessageDigest.isEqual(given, token)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "a valid bearer token is required");
        }
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

    private void postArticles(Context ctx) throws IOException {
        requireWriteToken(ctx);
        byte[] body = boundedBody(ctx);
        List<Article> articles = ArticleJson.parse(body);
        Jobs.Job job = jobs.submit(articles);
        ObjectNode o = Json.object();
        o.put("job", job.id);
        o.put("articles", articles.size());
        ctx.header("Location", "/api/jobs/" + job.id);
        json(ctx, 202, o);
    }

    /** The request body, or 413 when it is longer than allowed (declared or actual). */
    private byte[] boundedBody(Context ctx) throws IOException {
        long max = cfg.maxRequestBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw new ApiError(413, "the request body is larger than " + max + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (b.length > max) {
                throw new ApiError(413, "the request body is larger than " + max + " bytes");
            }
            return b;
        }
    }

    // ---- parameters

    private static EventQuery query(Context ctx, boolean paged) {
        EventQuery q = EventQuery.all()
                .from(date(ctx, "from"))
                .to(date(ctx, "to"))
                .region(blankToNull(ctx.queryParam("region")))
                .eventType(blankToNull(ctx.queryParam("type")))
                .subEventType(blankToNull(ctx.queryParam("sub_type")))
                .actor(blankToNull(ctx.queryParam("actor")))
                .outlet(blankToNull(ctx.queryParam("outlet")));
        String status = blankToNull(ctx.queryParam("status"));
        if (status != null) {
            try {
                q = q.status(Status.valueOf(status.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ApiError(400, "status must be one of occurred, planned, alleged, disputed, denied");
            }
        }
        if (paged) {
            return q.limit(intParam(ctx, "limit", EventQuery.DEFAULT_LIMIT, 1, MAX_LIMIT))
                    .offset(intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE));
        }
        return q.limit(intParam(ctx, "limit", MAX_EXPORT, 1, MAX_EXPORT));
    }

    private static ReportScope scope(Context ctx) {
        try {
            return new ReportScope(blankToNull(ctx.queryParam("region")), date(ctx, "from"), date(ctx, "to"));
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "from is after to");
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String v = blankToNull(ctx.queryParam(name));
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new ApiError(400, name + " must be a date of the form YYYY-MM-DD");
        }
    }

    private static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = blankToNull(ctx.queryParam(name));
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new ApiError(400, name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ApiError(400, name + " must be a whole number");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    // ---- responses

    private static void json(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType(JSON).result(Json.write(body));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType(JSON).result(Json.error(message == null ? "error" : message));
    }

    /** An error answered with its status and a JSON message. */
    static final class ApiError extends RuntimeException {
        final int status;

        ApiError(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

}
