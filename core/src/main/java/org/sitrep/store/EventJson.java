package org.sitrep.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Account;
import org.sitrep.model.Actor;
import org.sitrep.model.CountRole;
import org.sitrep.model.Dispute;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Explanation;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.Status;

/** The JSON shape of mentions and events, exactly as shared/eval/README.md and docs/schema/ define it. */
public final class EventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode mention(EventMention m) {
        ObjectNode o = common(m.id(), m.type(), m.status(), m.aggregate(), m.date(), m.location(), m.origin(),
                m.destination(), m.actor1(), m.actor2(), m.counts(), m.sources(), m.deniedBy());
        o.put("trigger", m.trigger());
        return o;
    }

    /**
     * A mention as the store keeps it: the output's fields and the date's reference (named or counted day), which
     * fusion reads when it re-fuses a block. The output files leave it out, so they read as before.
     */
    public static ObjectNode storedMention(EventMention m) {
        ObjectNode o = mention(m);
        o.put("date_reference", m.date().reference().code());
        return o;
    }

    public static ObjectNode event(Event e) {
        ObjectNode o = common(e.id(), e.type(), e.status(), e.aggregate(), e.date(), e.location(), e.origin(),
                e.destination(), e.actor1(), e.actor2(), e.counts(), e.sources(), e.deniedBy());
        strings(o, "mention_ids", e.mentionIds());
        ArrayNode accounts = o.putArray("accounts");
        for (Account a : e.accounts()) {
            ObjectNode n = accounts.addObject();
            n.put("mention_id", a.mentionId());
            n.put("doc_id", a.docId());
            n.put("outlet", a.outlet());
            n.put("status", a.status().code());
            n.put("date", day(a.date().date()));
            n.put("date_text", a.date().text());
            n.set("location", place(a.location()));
            n.set("actor1", actor(a.actor1()));
            n.set("actor2", actor(a.actor2()));
            n.set("counts", counts(a.counts()));
            strings(n, "attributed_to", a.attributedTo());
            ArrayNode den = n.putArray("denied_by");
            a.deniedBy().forEach(d -> den.add(actor(d)));
            ArrayNode sentences = n.putArray("sentences");
            a.sentences().forEach(src -> sentences.add(src.sentence()));
        }
        ArrayNode disputes = o.putArray("disputes");
        for (Dispute d : e.disputes()) {
            ObjectNode n = disputes.addObject();
            n.put("kind", d.kind());
            n.put("field", d.field());
            n.put("summary", d.summary());
            ArrayNode claims = n.putArray("claims");
            for (Dispute.Claim c : d.claims()) {
                ObjectNode cn = claims.addObject();
                cn.put("value", c.value());
                strings(cn, "outlets", c.outlets());
                strings(cn, "attributed_to", c.attributedTo());
            }
        }
        strings(o, "notes", e.notes());
        ArrayNode corrections = o.putArray("corrections");
        e.corrections().forEach(c -> corrections.add(CorrectionJson.write(c)));
        o.set("explanation", explanation(e.explanation()));
        return o;
    }

    /** Why each report joined (its features) and which rule chose each headline value (docs/output.md). */
    private static ObjectNode explanation(Explanation x) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode reports = o.putArray("reports");
        for (Explanation.ReportJoin r : x.reports()) {
            ObjectNode n = reports.addObject();
            n.put("mention_id", r.mentionId());
            n.put("outlet", r.outlet());
            n.put("how", r.how());
            strings(n, "features", r.features());
        }
        ArrayNode headline = o.putArray("headline");
        for (Explanation.HeadlineRule h : x.headline()) {
            ObjectNode n = headline.addObject();
            n.put("field", h.field());
            n.put("value", h.value());
            n.put("rule", h.rule());
        }
        return o;
    }

    private static ObjectNode common(String id, EventType type, Status status, boolean aggregate, EventDate date,
                                     Place location, Place origin, Place destination, Actor actor1, Actor actor2,
                                     Map<CountRole, Count> counts, List<Source> sources, List<Actor> deniedBy) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", id);
        o.put("event_type", type.eventType());
        o.put("sub_event_type", type.subEventType());
        o.put("status", status.code());
        o.put("aggregate", aggregate);
        o.put("date", day(date.date()));
        o.put("date_end", day(date.dateEnd()));
        o.put("date_precision", date.precision().code());
        o.put("date_text", date.text());
        o.put("date_basis", date.basis() == null ? null : date.basis().code());
        o.set("location", place(location));
        o.set("origin", place(origin));
        o.set("destination", place(destination));
        o.set("actor1", actor(actor1));
        o.set("actor2", actor(actor2));
        o.set("counts", counts(counts));
        ArrayNode src = o.putArray("sources");
        for (Source s : sources) {
            ObjectNode n = src.addObject();
            n.put("doc_id", s.docId());
            n.put("outlet", s.outlet());
            n.put("url", s.url());
            n.put("sentence", s.sentence());
            n.put("start", s.start());
            n.put("end", s.end());
            strings(n, "attributed_to", s.attributedTo());
            strings(n, "attributed_words", s.attributedWords());
            if (s.copyOf() != null) {
                n.put("copy_of", s.copyOf());
            }
        }
        ArrayNode denied = o.putArray("denied_by");
        deniedBy.forEach(d -> denied.add(actor(d)));
        return o;
    }

    /** A day as ISO-8601 ("2020-05-02"), or null. */
    private static String day(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** A list of strings as a JSON array, in its order. */
    private static void strings(ObjectNode n, String field, List<String> values) {
        ArrayNode a = n.putArray(field);
        values.forEach(a::add);
    }

    private static ObjectNode counts(Map<CountRole, Count> counts) {
        ObjectNode c = MAPPER.createObjectNode();
        counts.forEach((k, v) -> {
            ObjectNode n = c.putObject(k.code());
            if (v.value() == null) {
                n.putNull("value");
            } else {
                n.put("value", v.value());
            }
            n.put("qualifier", v.qualifier().code());
            n.put("text", v.text());
            Long bound = VagueCounts.lowerBound(v);
            if (bound != null) {
                n.put("lower_bound", bound); // docs/output.md: the one vague-count policy
            }
        });
        return c;
    }

    private static ObjectNode place(Place p) {
        if (p == null) {
            return null;
        }
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", p.name());
        n.put("country", p.country());
        n.put("country_code", p.countryCode());
        n.put("admin1", p.admin1());
        n.put("admin1_code", p.admin1Code());
        n.put("admin2", p.admin2());
        n.put("lat", p.lat());
        n.put("lon", p.lon());
        n.put("geo_precision", p.geoPrecision());
        strings(n, "aliases", p.aliases());
        if (p.geonameId() != null) {
            n.put("geonameid", p.geonameId());
        }
        n.put("text", p.text());
        return n;
    }

    private static ObjectNode actor(Actor a) {
        if (a == null) {
            return null;
        }
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", a.name());
        n.put("type", a.type() == null ? null : a.type().label());
        n.put("text", a.text());
        return n;
    }
}
