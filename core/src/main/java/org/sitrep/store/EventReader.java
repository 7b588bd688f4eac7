// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.store;

import static org.sitrep.store.MentionJson.actor;
import static org.sitrep.store.MentionJson.counts;
import static org.sitrep.store.MentionJson.date;
import static org.sitrep.store.MentionJson.place;
import static org.sitrep.store.MentionJson.sources;
import static org.sitrep.store.MentionJson.str;
import static org.sitrep.store.MentionJson.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Account;
import org.sitrep.model.Dispute;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Explanation;
import org.sitrep.model.Source;
import org.sitrep.model.Status;

/**
 * Reads an event back from the JSON {@link EventJson#event} writes, so reports and CSV exports can be made
 * from stored events. An account's evidence sentences are stored as text only: they come back as sources
 * with the account's doc id and outlet and zero offsets.
 */
public final class EventReader {
    private EventReader() {
    }

    public static Event read(JsonNode o) {
        List<Account> accounts = new ArrayList<>();
        for (JsonNode a : o.path("accounts")) {
            String docId = str(a, "doc_id");
            String outlet = str(a, "outlet");
            List<Source> sentences = new ArrayList<>();
            for (JsonNode s : a.path("sentences")) {
                sentences.add(new Source(docId, outlet, null, s.asText(), 0, 0, List.of()));
            }
            accounts.add(new Account(str(a, "mention_id"), docId, outlet, status(a), date(a), place(a.get("location")),
                    actor(a.get("actor1")), actor(a.get("actor2")), counts(a.path("counts")),
                    strings(a.path("attributed_to")), MentionJson.actors(a.path("denied_by")), sentences));
        }
        List<Dispute> disputes = new ArrayList<>();
        for (JsonNode d : o.path("disputes")) {
            List<Dispute.Claim> claims = new ArrayList<>();
            for (JsonNode c : d.path("claims")) {
                claims.add(new Dispute.Claim(str(c, "value"), strings(c.path("outlets")), strings(c.path("attributed_to"))));
            }
            disputes.add(new Dispute(str(d, "kind"), str(d, "field"), str(d, "summary"), claims));
        }
        return new Event(str(o, "id"), new EventType(str(o, "event_type"), str(o, "sub_event_type")), status(o),
                o.path("aggregate").asBoolean(), date(o), place(o.get("location")), place(o.get("origin")),
                place(o.get("destination")), actor(o.get("actor1")), actor(o.get("actor2")), counts(o.path("counts")),
                sources(o.path("sources")), MentionJson.actors(o.path("denied_by")), strings(o.path("mention_ids")), accounts,
                disputes, strings(o.path("notes")), CorrectionJson.readApplied(o.path("corrections")),
                explanation(o.path("explanation")));
    }

    /** The explanation, or {@link Explanation#NONE} for events written before it existed. */
    private static Explanation explanation(JsonNode o) {
        if (o == null || o.isMissingNode() || o.isNull()) {
            return Explanation.NONE;
        }
        List<Explanation.ReportJoin> reports = new ArrayList<>();
        for (JsonNode r : o.path("reports")) {
            reports.add(new Explanation.ReportJoin(str(r, "mention_id"), str(r, "outlet"), str(r, "how"),
                    strings(r.path("features"))));
        }
        List<Explanation.HeadlineRule> headline = new ArrayList<>();
        for (JsonNode h : o.path("headline")) {
            headline.add(new Explanation.HeadlineRule(str(h, "field"), str(h, "value"), str(h, "rule")));
        }
        return new Explanation(reports, headline);
    }

    private static Status status(JsonNode o) {
        String s = str(o, "status");
        return s == null ? Status.OCCURRED : Status.valueOf(s.toUpperCase(Locale.ROOT));
    }
}
