// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Supplier;
import org.sitrep.model.Correction;
import org.sitrep.model.CorrectionKind;
import org.sitrep.store.CorrectionJson;
import org.sitrep.store.Corrections;
import org.sitrep.store.EventStore;

/**
 * The corrections API: list every correction, make one (split, merge, set_value), undo one. The server checks
 * the write token and the body size before these run (docs/serve.md, docs/corrections.md).
 */
final class CorrectionRoutes {
    /** Longest id or field a request may name. */
    private static final int MAX_ID = 200;
    /** Longest value (the store keeps 1000 characters) and note. */
    private static final int MAX_VALUE = 1000;
    private static final int MAX_NOTE = 2000;

    private final EventStore store;
    private final Supplier<Corrections> corrections;

    /** @param corrections made on first use: re-fusion needs the gazetteer, which a server that only reads never loads */
    CorrectionRoutes(EventStore store, Supplier<Corrections> corrections) {
        this.store = store;
        this.corrections = corrections;
    }

    /** Every correction, undone ones too, oldest first: the corrections export. */
    ArrayNode list() {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (Correction c : store.corrections()) {
            out.add(CorrectionJson.write(c));
        }
        return out;
    }

    /**
     * One correction from {@code {"kind", "event_id", "by", "note", ...}}: {@code mention_id} (or a doc id) for a
     * split, {@code other_event_id} for a merge, {@code field} and {@code value} for set_value.
     */
    ObjectNode make(byte[] body) {
        JsonNode o = parse(body);
        CorrectionKind kind;
        try {
            kind = CorrectionKind.fromCode(text(o, "kind", true));
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, e.getMessage());
        }
        String event = text(o, "event_id", true);
        String by = text(o, "by", false);
        String note = text(o, "note", false);
        try {
            Corrections c = corrections.get();
            Corrections.Outcome out = switch (kind) {
                case SPLIT -> c.split(event, text(o, "mention_id", true), by, note);
                case MERGE -> c.merge(event, text(o, "other_event_id", true), by, note);
                case SET_VALUE -> c.set(event, text(o, "field", true), text(o, "value", true), by, note);
            };
            return outcome(out);
        } catch (Corrections.Refused e) {
            throw refused(e);
        }
    }

    /** Undoes a correction; the body says who: {@code {"by": "..."}}. */
    ObjectNode undo(String id, byte[] body) {
        JsonNode o = parse(body);
        try {
            return outcome(corrections.get().undo(id, text(o, "by", false)));
        } catch (Corrections.Refused e) {
            throw refused(e);
        }
    }

    private static ObjectNode outcome(Corrections.Outcome out) {
        ObjectNode o = Json.object();
        o.set("correction", CorrectionJson.write(out.correction()));
        o.put("event_id", out.eventId());
        ArrayNode ids = o.putArray("event_ids");
        out.eventIds().forEach(ids::add);
        return o;
    }

    private static ApiError refused(Corrections.Refused e) {
        return new ApiError(e.problem() == Corrections.Problem.NOT_FOUND ? 404 : 400, e.getMessage());
    }

    private static JsonNode parse(byte[] body) {
        JsonNode o = Json.read(body);
        if (o == null || !o.isObject()) {
            throw new ApiError(400, "the body must be one JSON object");
        }
        return o;
    }

    /** A string member; a required one must be there and not blank. Names are checked by Corrections. */
    private static String text(JsonNode o, String name, boolean required) {
        JsonNode n = o.get(name);
        if (n == null || n.isNull() || n.isTextual() && n.asText().isBlank()) {
            if (required) {
                throw new ApiError(400, name + " is required");
            }
            return null;
        }
        if (!n.isTextual()) {
            throw new ApiError(400, name + " must be a string");
        }
        int max = name.equals("value") ? MAX_VALUE : name.equals("note") ? MAX_NOTE : MAX_ID;
        if (n.asText().length() > max) {
            throw new ApiError(400, name + " is longer than " + max + " characters");
        }
        return n.asText();
    }
}
