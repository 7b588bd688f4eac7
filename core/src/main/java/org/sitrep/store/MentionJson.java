package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateReference;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Source;
import org.sitrep.model.Status;

/**
 * Reads a mention back from the JSON {@link EventJson#storedMention} writes. The JSON has every field but the
 * trigger frame, which the store keeps in its own column.
 */
final class MentionJson {
    private MentionJson() {
    }

    public static EventMention read(String json, String frame) {
        try {
            return read(EventJson.mapper().readTree(json), frame);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored mention is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static EventMention read(JsonNode o, String frame) {
        EventDate date = date(o);
        Map<CountRole, Count> counts = counts(o.path("counts"));
        List<Source> sources = sources(o.path("sources"));
        return new EventMention(str(o, "id"), new EventType(str(o, "event_type"), str(o, "sub_event_type")),
                Status.valueOf(str(o, "status").toUpperCase(Locale.ROOT)), o.path("aggregate").asBoolean(), date,
                place(o.get("location")), place(o.get("origin")), place(o.get("destination")),
                actor(o.get("actor1")), actor(o.get("actor2")), counts, sources, actors(o.path("denied_by")),
                str(o, "trigger"), frame);
    }

    static EventDate date(JsonNode o) {
        String precision = str(o, "date_precision");
        return new EventDate(day(o, "date"), day(o, "date_end"),
                precision == null ? DatePrecision.UNKNOWN : DatePrecision.valueOf(precision.toUpperCase(Locale.ROOT)),
                str(o, "date_text"), DateBasis.fromCode(str(o, "date_basis")),
                DateReference.fromCode(str(o, "date_reference")));
    }

    static Map<CountRole, Count> counts(JsonNode node) {
        Map<CountRole, Count> counts = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            JsonNode c = e.getValue();
            Long value = c.path("value").isNumber() ? c.get("value").asLong() : null;
            // never drop a stored figure quietly: a key that is no role is an error naming it
            CountRole role = CountRole.fromCode(e.getKey());
            counts.put(role, new Count(value, Qualifier.fromCode(str(c, "qualifier")), str(c, "text")));
        });
        return counts;
    }

    static List<Source> sources(JsonNode array) {
        List<Source> sources = new ArrayList<>();
        for (JsonNode s : array) {
            sources.add(new Source(str(s, "doc_id"), str(s, "outlet"), str(s, "url"), str(s, "sentence"),
                    s.path("start").asInt(), s.path("end").asInt(), strings(s.path("attributed_to")),
                    strings(s.path("attributed_words")), str(s, "copy_of")));
        }
        return sources;
    }

    static Place place(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return new Place(str(n, "name"), str(n, "country"), str(n, "country_code"), str(n, "admin1"),
                str(n, "admin1_code"), str(n, "admin2"), dbl(n, "lat"), dbl(n, "lon"), n.path("geo_precision").asInt(),
                strings(n.path("aliases")), n.path("geonameid").isNumber() ? n.get("geonameid").asLong() : null,
                str(n, "text"));
    }

    static Actor actor(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return new Actor(str(n, "name"), ActorType.ofLabel(str(n, "type")), str(n, "text"));
    }

    /** Deniers: actor objects; stores written before they carried the speaker's words hold plain names. */
    static List<Actor> actors(JsonNode array) {
        List<Actor> out = new ArrayList<>();
        array.forEach(v -> out.add(v.isTextual() ? new Actor(v.asText(), null, null) : actor(v)));
        return out;
    }

    static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Double dbl(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    static LocalDate day(JsonNode n, String field) {
        String s = str(n, field);
        return s == null ? null : LocalDate.parse(s);
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
