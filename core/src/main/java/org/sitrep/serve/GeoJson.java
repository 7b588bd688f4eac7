// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.model.CountRole;

/**
 * Events as a GeoJSON FeatureCollection (RFC 7946): a Point [lon, lat] per located event, and a LineString
 * origin → destination for each displacement whose two ends both have coordinates.
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
        p.set(CountRole.FATALITIES.code(), count(e, CountRole.FATALITIES));
        p.set(CountRole.DISPLACED.code(), count(e, CountRole.DISPLACED));
        p.put("status", e.path("status").asText(null));
        JsonNode loc = e.get("location");
        p.put("location", loc == null || loc.isNull() ? null : loc.path("name").asText(null));
        return f;
    }

    private static JsonNode count(JsonNode e, CountRole role) {
        JsonNode v = e.path("counts").path(role.code()).path("value");
        return v.isNumber() ? v : Json.MAPPER.nullNode();
    }

    private static boolean hasCoordinates(JsonNode place) {
        return place != null && place.path("lat").isNumber() && place.path("lon").isNumber();
    }

    private static void position(ArrayNode a, JsonNode place) {
        a.add(place.get("lon").asDouble());
        a.add(place.get("lat").asDouble());
    }
}
