// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import static org.sitrep.serve.Responses.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.fuse.Fuser;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.report.ReportScope;
import org.sitrep.report.Reports;
import org.sitrep.report.SituationReport;
import org.sitrep.store.AcledCsv;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventReader;
import org.sitrep.store.EventStore;

/** The API's reads: events, articles, search, reports, exports, jobs and the OpenAPI document. */
final class ReadRoutes {
    private final EventStore store;
    private final SearchIndex search;
    private final Jobs jobs;

    ReadRoutes(EventStore store, SearchIndex search, Jobs jobs) {
        this.store = store;
        this.search = search;
        this.jobs = jobs;
    }

    void events(Context ctx) {
        EventQuery q = RequestParams.query(ctx::queryParam, true);
        long total = store.count(q);
        json(ctx, 200, Responses.page(total, store.events(q)));
    }

    /** Per outlet, the words used for each actor, over every stored mention. */
    void framing(Context ctx) {
        json(ctx, 200, Responses.framing(Fuser.framing(store.allMentions())));
    }

    void event(Context ctx) {
        String id = ctx.pathParam("id");
        JsonNode e = store.event(id).orElseThrow(() -> new ApiError(404, "no event with id " + RequestParams.shown(id)));
        json(ctx, 200, e);
    }

    /** One stored article with its text and the events that cite it (for the article page). */
    void article(Context ctx) {
        String id = ctx.pathParam("id");
        Article a = store.article(id).orElseThrow(() -> new ApiError(404, "no article with id "
                + RequestParams.shown(id)));
        json(ctx, 200, Responses.article(a, store.eventsOfArticle(id)));
    }

    void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw new ApiError(400, "q is required");
        }
        if (q.length() > 500) {
            throw new ApiError(400, "q is longer than 500 characters");
        }
        int limit = RequestParams.intParam(ctx::queryParam, "limit", 20, 1, 100);
        SearchIndex.Hits hits;
        try {
            hits = search.search(q, limit);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, e.getMessage());
        }
        List<JsonNode> events = new ArrayList<>();
        for (String id : hits.eventIds()) {
            store.event(id).ifPresent(events::add);
        }
        json(ctx, 200, Responses.hits(hits.articles(), events));
    }

    void timeline(Context ctx) {
        ReportScope scope = RequestParams.scope(ctx::queryParam);
        json(ctx, 200, Responses.report(Reports.timeline(Reports.select(allEvents(), scope))));
    }

    void sitrep(Context ctx) {
        ReportScope scope = RequestParams.scope(ctx::queryParam);
        // outlet framing and inferred dates are not stored; the report leaves those sections out
        SituationReport r = Reports.situationReport(allEvents(), scope, List.of(), Map.of());
        ObjectNode o = Responses.report(r.markdown());
        o.put("html", r.html());
        json(ctx, 200, o);
    }

    private List<Event> allEvents() {
        return store.events(EventQuery.all().limit(RequestParams.MAX_EXPORT)).stream().map(EventReader::read).toList();
    }

    void exportJsonl(Context ctx) {
        StringBuilder out = new StringBuilder();
        for (JsonNode e : store.events(RequestParams.query(ctx::queryParam, false))) {
            out.append(Json.write(e)).append('\n');
        }
        ctx.status(200).contentType("application/x-ndjson; charset=utf-8").result(out.toString());
    }

    void exportCsv(Context ctx) throws IOException {
        List<Event> events = store.events(RequestParams.query(ctx::queryParam, false)).stream()
                .map(EventReader::read).toList();
        StringWriter w = new StringWriter();
        AcledCsv.write(events, w);
        ctx.header("Content-Disposition", "attachment; filename=\"events.csv\"");
        ctx.status(200).contentType("text/csv; charset=utf-8").result(w.toString());
    }

    void exportGeoJson(Context ctx) {
        ObjectNode fc = GeoJson.of(store.events(RequestParams.query(ctx::queryParam, false)));
        ctx.status(200).contentType("application/geo+json; charset=utf-8").result(Json.write(fc));
    }

    void job(Context ctx) {
        String id = ctx.pathParam("id");
        Jobs.Job job = jobs.get(id).orElseThrow(() -> new ApiError(404, "no job with id " + RequestParams.shown(id)));
        json(ctx, 200, job.json());
    }

    void openapi(Context ctx) throws IOException {
        try (InputStream in = ReadRoutes.class.getResourceAsStream("/serve/openapi.json")) {
            if (in == null) {
                throw new ApiError(404, "the OpenAPI document is missing");
            }
            ctx.status(200).contentType(Responses.JSON).result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
