package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.AppliedCorrection;
import org.sitrep.model.Correction;
import org.sitrep.model.CorrectionKind;

/**
 * The JSON shape of analysts' corrections: in the corrections export ({@code sitrep correct list --json},
 * {@code GET /api/corrections}) and, with the machine's value, on each event they shaped (events.jsonl).
 */
public final class CorrectionJson {
    private CorrectionJson() {
    }

    public static ObjectNode write(Correction c) {
        ObjectNode o = EventJson.mapper().createObjectNode();
        o.put("id", c.id());
        o.put("kind", c.kind().code());
        ArrayNode ids = o.putArray("mention_ids");
        c.mentionIds().forEach(ids::add);
        o.put("field", c.field());
        o.put("value", c.value());
        o.put("note", c.note());
        o.put("by", c.by());
        o.put("at", c.at().toString());
        o.put("undone_by", c.undoneBy());
        o.put("undone_at", c.undoneAt() == null ? null : c.undoneAt().toString());
        return o;
    }

    /** On an event: the correction without its undo fields (it holds), and the machine's value beside it. */
    static ObjectNode write(AppliedCorrection a) {
        ObjectNode o = write(a.correction());
        o.remove("undone_by");
        o.remove("undone_at");
        o.put("machine_value", a.machineValue());
        return o;
    }

    /** A correction from its JSON; an IllegalArgumentException says what is missing or malformed. */
    public static Correction read(JsonNode o) {
        String id = text(o, "id");
        if (id == null || !id.matches("cor-[0-9a-f]{4,64}")) {
            throw new IllegalArgumentException("a correction needs an id of the form cor-<hex digits>");
        }
        List<String> ids = new ArrayList<>();
        o.path("mention_ids").forEach(n -> ids.add(n.asText()));
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("correction " + id + " has no mention_ids");
        }
        String by = text(o, "by");
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("correction " + id + " does not say who made it (by)");
        }
        return new Correction(id, CorrectionKind.fromCode(text(o, "kind")), ids, text(o, "field"), text(o, "value"),
                text(o, "note"), by, instant(o, "at", id), text(o, "undone_by"), instant(o, "undone_at", id));
    }

    /** The corrections of a 'sitrep correct list --json' export; an IllegalArgumentException says what is wrong. */
    public static List<Correction> readAll(String json) {
        JsonNode a;
        try {
            a = EventJson.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON" + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        if (a == null || !a.isArray()) {
            throw new IllegalArgumentException("not a JSON array of corrections");
        }
        List<Correction> out = new ArrayList<>();
        for (JsonNode n : a) {
            out.add(read(n));
        }
        return out;
    }

    static List<AppliedCorrection> readApplied(JsonNode array) {
        List<AppliedCorrection> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(new AppliedCorrection(read(n), text(n, "machine_value")));
        }
        return out;
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Instant instant(JsonNode o, String field, String id) {
        String v = text(o, field);
        if (v == null) {
            if (field.equals("at")) {
                throw new IllegalArgumentException("correction " + id + " does not say when it was made (at)");
            }
            return null;
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("correction " + id + ": " + field + " must be an ISO-8601 instant, not " + v);
        }
    }
}
