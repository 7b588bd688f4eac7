package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.common.Ids;
import org.sitrep.fuse.Fuser;
import org.sitrep.fuse.HeadlineField;
import org.sitrep.model.Correction;
import org.sitrep.model.CorrectionKind;

/**
 * Analysts' corrections of the stored events: split a report off an event, merge two events, set a headline
 * value, undo any of them. Each is checked against the store, stored with who and when, and the blocks it
 * bears on are fused again at once, in one transaction holding the writer lock (docs/corrections.md).
 */
public final class Corrections {
    /** Longest analyst name and note kept. */
    static final int MAX_NAME = 200;
    static final int MAX_NOTE = 2000;

    /** Why a correction was refused: something named does not exist, or the request is not a correction. */
    public enum Problem { NOT_FOUND, INVALID }

    /** A refused correction, with a message for the analyst. */
    public static final class Refused extends RuntimeException {
        private final Problem problem;

        public Refused(Problem problem, String message) {
            super(message, null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /**
     * A stored correction and the events that now hold its mentions.
     *
     * @param correction the correction as stored (undone, for an undo)
     * @param eventId    the event the analyst goes on with: the one left after a split, the merged one, the
     *                   corrected one (null when its mentions are not stored)
     * @param eventIds   the events holding its mentions after re-fusion
     */
    public record Outcome(Correction correction, String eventId, List<String> eventIds) {
        public Outcome {
            eventIds = List.copyOf(eventIds);
        }
    }

    private final EventStore store;
    private final Fuser fuser;
    private final Refusion refusion;
    private final Clock clock;

    public Corrections(EventStore store, Fuser fuser) {
        this(store, fuser, Clock.systemUTC());
    }

    Corrections(EventStore store, Fuser fuser, Clock clock) {
        this.store = store;
        this.fuser = fuser;
        this.refusion = new Refusion(fuser);
        this.clock = clock;
    }

    /** Splits the report {@code mention} (a mention id, or the doc id of an article with one report in it) off the event. */
    public Outcome split(String eventId, String mention, String by, String note) {
        return write(tx -> {
            List<String> ids = mentionsOf(tx, eventId);
            String m = reportIn(tx, eventId, ids, mention);
            if (ids.size() < 2) {
                throw new Refused(Problem.INVALID, "event " + eventId + " has one report: there is nothing to split it from");
            }
            List<String> anchor = new ArrayList<>();
            anchor.add(m);
            ids.stream().filter(id -> !id.equals(m)).forEach(anchor::add);
            return make(tx, CorrectionKind.SPLIT, anchor, null, null, by, note);
        });
    }

    /** Merges two events into one. */
    public Outcome merge(String eventId, String otherEventId, String by, String note) {
        return write(tx -> {
            if (eventId.equals(otherEventId)) {
                throw new Refused(Problem.INVALID, "an event cannot be merged with itself");
            }
            Set<String> anchor = new LinkedHashSet<>(mentionsOf(tx, eventId));
            anchor.addAll(mentionsOf(tx, otherEventId));
            return make(tx, CorrectionKind.MERGE, List.copyOf(anchor), null, null, by, note);
        });
    }

    /** Sets a headline value of an event; the machine's value stays beside it. */
    public Outcome set(String eventId, String field, String value, String by, String note) {
        HeadlineField f;
        String v;
        try {
            f = HeadlineField.fromCode(field);
            v = fuser.checkValue(f, value);
        } catch (IllegalArgumentException e) {
            throw new Refused(Problem.INVALID, e.getMessage());
        }
        return write(tx -> make(tx, CorrectionKind.SET_VALUE, mentionsOf(tx, eventId), f.code(), v, by, note));
    }

    /** Undoes a correction: the events are fused again without it; the correction is kept, marked undone. */
    public Outcome undo(String correctionId, String by) {
        String who = name(by);
        return write(tx -> {
            Correction c = tx.correction(correctionId).orElseThrow(() ->
                    new Refused(Problem.NOT_FOUND, "no correction " + correctionId + " (see sitrep correct list)"));
            if (!c.active()) {
                throw new Refused(Problem.INVALID, "correction " + correctionId + " was undone already, by "
                        + c.undoneBy() + " at " + c.undoneAt());
            }
            Instant at = now(tx);
            tx.undoCorrection(c.id(), who, at);
            return refused(tx, c.undo(who, at));
        });
    }

    /** Every correction, undone ones too, oldest first. */
    public List<Correction> list() {
        return store.corrections();
    }

    /**
     * Adds exported corrections (from {@code sitrep correct list --json} of this or another store) that are not
     * stored yet, keeping who made them and when, and fuses the store again. Returns how many were added.
     */
    public int importAll(List<Correction> corrections) {
        return store.transaction(tx -> {
            tx.lockWriters();
            Set<String> known = new LinkedHashSet<>();
            tx.corrections().forEach(c -> known.add(c.id()));
            int added = 0;
            for (Correction c : corrections) {
                if (known.add(c.id())) {
                    tx.addCorrection(c);
                    added++;
                }
            }
            if (added > 0) {
                refusion.refuse(tx, tx.allBlocks(), true);
            }
            return added;
        });
    }

    /** Fuses every stored block again with the corrections; returns the events written. */
    public int refuseAll() {
        return store.transaction(tx -> {
            tx.lockWriters();
            return refusion.refuse(tx, tx.allBlocks(), true);
        });
    }

    @FunctionalInterface
    private interface Write {
        Outcome run(EventStore tx);
    }

    private Outcome write(Write w) {
        return store.transaction(tx -> {
            tx.lockWriters();
            return w.run(tx);
        });
    }

    private Outcome make(EventStore tx, CorrectionKind kind, List<String> mentions, String field, String value,
                         String by, String note) {
        String who = name(by);
        String why = note == null || note.isBlank() ? null : note.strip();
        if (why != null && why.length() > MAX_NOTE) {
            throw new Refused(Problem.INVALID, "the note is longer than " + MAX_NOTE + " characters");
        }
        Instant at = now(tx);
        List<String> parts = new ArrayList<>(List.of(kind.code(), String.valueOf(field), String.valueOf(value), who, at.toString()));
        parts.addAll(mentions);
        Correction c = new Correction("cor-" + Ids.hash(6, parts.toArray(String[]::new)), kind, mentions, field, value,
                why, who, at, null, null);
        tx.addCorrection(c);
        return refused(tx, c);
    }

    /** Re-fuses the blocks a correction bears on and says which events hold its mentions now. */
    private Outcome refused(EventStore tx, Correction c) {
        refusion.refuse(tx, tx.blocksOf(c.mentionIds()), true);
        List<String> ids = c.mentionIds();
        String focus = c.kind() == CorrectionKind.SPLIT && ids.size() > 1 ? ids.get(1) : ids.get(0);
        String eventId = tx.eventIdsFor(List.of(focus)).stream().findFirst().orElse(null);
        return new Outcome(c, eventId, List.copyOf(tx.eventIdsFor(ids)));
    }

    /** Now, to the millisecond, and never before the latest stored correction, so time order is creation order. */
    private Instant now(EventStore tx) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (Correction c : tx.corrections()) {
            Instant last = c.undoneAt() != null && c.undoneAt().isAfter(c.at()) ? c.undoneAt() : c.at();
            if (!now.isAfter(last)) {
                now = last.plusMillis(1);
            }
        }
        return now;
    }

    private static String name(String by) {
        String who = by == null ? "" : by.strip();
        if (who.isEmpty()) {
            throw new Refused(Problem.INVALID, "say who makes the correction (the analyst's name)");
        }
        if (who.length() > MAX_NAME || who.chars().anyMatch(Character::isISOControl)) {
            throw new Refused(Problem.INVALID, "the analyst's name must be one line of at most " + MAX_NAME + " characters");
        }
        return who;
    }

    private static List<String> mentionsOf(EventStore tx, String eventId) {
        JsonNode e = tx.event(eventId).orElseThrow(() -> new Refused(Problem.NOT_FOUND, "no event " + eventId
                + " (event ids change when fusion does: look the event up again)"));
        List<String> ids = new ArrayList<>();
        e.path("mention_ids").forEach(n -> ids.add(n.asText()));
        return ids;
    }

    /** The mention of the event a report names: its mention id, or its article's doc id when that is unambiguous. */
    private static String reportIn(EventStore tx, String eventId, List<String> ids, String report) {
        if (ids.contains(report)) {
            return report;
        }
        List<String> byDoc = new ArrayList<>();
        tx.event(eventId).ifPresent(e -> e.path("accounts").forEach(a -> {
            if (report != null && report.equals(a.path("doc_id").asText()) && ids.contains(a.path("mention_id").asText())) {
                byDoc.add(a.path("mention_id").asText());
            }
        }));
        if (byDoc.size() == 1) {
            return byDoc.get(0);
        }
        throw new Refused(byDoc.isEmpty() ? Problem.NOT_FOUND : Problem.INVALID, "event " + eventId + " has "
                + (byDoc.isEmpty() ? "no report " + report : byDoc.size() + " reports of article " + report
                + ": name one by its mention id") + "; its reports are " + String.join(", ", ids));
    }
}
