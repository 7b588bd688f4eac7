// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.OutletFraming;

/** The API's JSON bodies and how they are sent: one place for their field names and content type. */
final class Responses {
    static final String JSON = "application/json; charset=utf-8";

    private Responses() {
    }

    static void json(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType(JSON).result(Json.write(body));
    }

    static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType(JSON).result(Json.error(message == null ? "error" : message));
    }

    /** One page of events and how many the query matches in all. */
    static ObjectNode page(long total, List<JsonNode> events) {
        ObjectNode o = Json.object();
        o.put("total", total);
        ArrayNode list = o.putArray("events");
        events.forEach(list::add);
        return o;
    }

    /** Per outlet, the words used for each actor. */
    static ArrayNode framing(List<OutletFraming> framings) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (OutletFraming f : framings) {
            ObjectNode o = out.addObject();
            o.put("outlet", f.outlet());
            o.put("articles", f.articles());
            ObjectNode words = o.putObject("words_by_actor");
            f.wordsByActor().forEach((actor, list) -> {
                ArrayNode a = words.putArray(actor);
                list.forEach(a::add);
            });
        }
        return out;
    }

    /** A stored article with its text and the events that cite it (for the article page). */
    static ObjectNode article(Article a, List<JsonNode> events) {
        ObjectNode o = Json.object();
        o.put("doc_id", a.docId());
        o.put("outlet", a.outlet());
        o.put("url", a.url());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("title", a.title());
        o.put("text", a.text());
        ArrayNode list = o.putArray("events");
        events.forEach(list::add);
        return o;
    }

    /** The articles a search found, with their snippets, and the events it found. */
    static ObjectNode hits(List<SearchIndex.ArticleHit> hits, List<JsonNode> events) {
        ObjectNode o = Json.object();
        ArrayNode articles = o.putArray("articles");
        for (SearchIndex.ArticleHit h : hits) {
            ObjectNode a = articles.addObject();
            a.put("doc_id", h.docId());
            a.put("title", h.title());
            a.put("outlet", h.outlet());
            a.put("snippet", h.snippet());
        }
        ArrayNode list = o.putArray("events");
        events.forEach(list::add);
        return o;
    }

    /** A report's text under {@code markdown}. */
    static ObjectNode report(String markdown) {
        ObjectNode o = Json.object();
        o.put("markdown", markdown);
        return o;
    }
}
