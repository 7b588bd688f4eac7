package org.sitrep.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An analyst's correction of fused events, anchored on mention ids: event ids are digests of their mention
 * ids and change whenever fusion does, mention ids stay (docs/decisions.md).
 *
 * @param id         stable identifier ("cor-" and hex digits)
 * @param kind       split, merge or set a headline value
 * @param mentionIds SPLIT: the report split off first, then the others of its event at the time; MERGE: the
 *                   mentions of both events; SET_VALUE: the mentions of the corrected event at the time
 * @param field      SET_VALUE: the headline field ({@code fatalities}, {@code date}, ...); otherwise null
 * @param value      SET_VALUE: the analyst's value, as text; otherwise null
 * @param note       the analyst's reason, or null
 * @param by         who made it (the analyst's name as given)
 * @param at         when it was made
 * @param undoneBy   who undid it, or null while it holds
 * @param undoneAt   when it was undone, or null while it holds
 */
public record Correction(String id, CorrectionKind kind, List<String> mentionIds, String field, String value,
                         String note, String by, Instant at, String undoneBy, Instant undoneAt) implements Serializable {
    public Correction {
        mentionIds = mentionIds == null ? List.of() : List.copyOf(mentionIds);
    }

    /** Whether it still holds (not undone). */
    public boolean active() {
        return undoneAt == null;
    }

    public Correction undo(String who, Instant when) {
        return new Correction(id, kind, mentionIds, field, value, note, by, at, who, when);
    }

    /** "analyst correction by NAME at TIME": how explanations cite it. */
    public String signature() {
        return "analyst correction " + id + " by " + by + " at " + at;
    }
}
