// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.model.CountRole;

/**
 * Events as a GeoJSON FeatureCollection (RFC 7946): a Point [lon, lat] per located event, and a LineString
 * origin → destination for each displacement whose two ends both have coordinates. Properties carry what the
 * other exports carry for honesty: counts with their qualifier and words, the date's words when it is unresolved,
 * who denies the event and each disagreement between outlets.
 */
final class GeoJson {
    private GeoJson() {
    }

    static ObjectNode of(List<JsonNode> events) {
        ObjectNode fc = Json.object();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (JsonNode e : events) {
            JsonNode loc = e.get("location");
            if (hasCoordinates(loc)) {
                ObjectNode f = feature(features, e, "event");
                ObjectNode g = f.putObject("geometry");
                g.put("type", "Point");
                position(g.putArray("coordinates"), loc);
            }
            JsonNode origin = e.get("origin");
            JsonNode destination = e.get("destination");
            if (hasCoordinates(origin) && hasCoordinates(destination)) {
                ObjectNode f = feature(features, e, "displacement_flow");
                f.with("properties").put("origin", origin.path("name").asText(null));
                f.with("properties").put("destination", destination.path("name").asText(null));
                ObjectNode g = f.putObject("geometry");
                g.put("type", "LineString");
                ArrayNode line = g.putArray("coordinates");
                position(line.addArray(), origin);
                position(line.addArray(), destination);
            }
        }
        return fc;
    }

    private static ObjectNode feature(ArrayNode features, JsonNode e, String kind) {
        ObjectNode f = features.addObject();
        f.put("type", "Feature");
        f.put("id", e.path("id").asText() + (kind.equals("event") ? "" : "-flow"));
        ObjectNode p = f.putObject("properties");
        p.put("id", e.path("id").asText());
        p.put("feature", kind);
        p.put("event_type", e.path("event_type").asText(null));
        p.put("sub_event_type", e.path("sub_event_type").asText(null));
        p.put("date", e.path("date").asText(null));
        counts(p, e, CountRole.FATALITIES);
        counts(p, e, CountRole.DISPLACED);
        p.put("date_precision", e.path("date_precision").asText(null));
        p.put("date_text", e.path("date_text").asText(null));
        p.put("status", e.path("status").asText(null));
        ArrayNode denied = p.putArray("denied_by");
        e.path("denied_by").forEach(a -> denied.add(a.path("name").asText(a.path("text").asText())));
        ArrayNode disputes = p.putArray("disputes");
        e.path("disputes").forEach(d -> disputes.add(d.path("summary").asText()));
        JsonNode loc = e.get("location");
        p.put("location", loc == null || loc.isNull() ? null : loc.path("name").asText(null));
        return f;
    }

    /**
     * A count as events.csv gives it (the one vague-count policy, docs/output.md): the figure (the value, a vague
     * count's lower bound, or null), and beside it the qualifier and the article's words, so "dozens" and "many"
     * stay marked vague with their words rather than becoming a bare number or a bare null.
     */
    private static void counts(ObjectNode p, JsonNode e, CountRole role) {
        JsonNode c = e.path("counts").path(role.code());
        JsonNode figure = c.path("value").isNumber() ? c.path("value") : c.path("lower_bound");
        p.set(role.code(), figure.isNumber() ? figure : Json.MAPPER.nullNode());
        p.put(role.code() + "_qualifier", c.path("qualifier").asText(null));
        p.put(role.code() + "_text", c.path("text").asText(null));
    }

    private static boolean hasCoordinates(JsonNode place) {
        return place != null && place.path("lat").isNumber() && place.path("lon").isNumber();
    }

    private static void position(ArrayNode a, JsonNode place) {
        a.add(place.get("lon").asDouble());
        a.add(place.get("lat").asDouble());
    }
}
