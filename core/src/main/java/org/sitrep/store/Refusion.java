package org.sitrep.store;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.fuse.FusionBlock;
import org.sitrep.fuse.Fuser;
import org.sitrep.model.Correction;
import org.sitrep.model.CorrectionKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;

/**
 * Fuses stored fusion blocks again, honouring the analysts' corrections, and replaces their events. A merge
 * may join events of different blocks (a clash typed as a protest, a town placed in the wrong country), so
 * the blocks its mentions fall in are fused together. Runs inside the caller's transaction, which holds the
 * writer lock.
 */
final class Refusion {
    private final Fuser fuser;

    Refusion(Fuser fuser) {
        this.fuser = fuser;
    }

    /**
     * Re-fuses {@code blocks} (and the blocks merges link them to) in {@code tx}. With {@code all}, every
     * event of those blocks is replaced (a correction was made or undone); otherwise only events that are new
     * or that corrections bear on (an article was added). Returns the events written.
     */
    int refuse(EventStore tx, Set<FusionBlock> blocks, boolean all) {
        List<Correction> corrections = tx.corrections();
        List<Correction> merges = corrections.stream().filter(c -> c.active() && c.kind() == CorrectionKind.MERGE).toList();
        Set<FusionBlock> fused = new LinkedHashSet<>(blocks);
        List<EventMention> mentions;
        while (true) {
            mentions = tx.mentionsInBlocks(fused);
            Set<String> here = new HashSet<>();
            mentions.forEach(m -> here.add(m.id()));
            Set<String> linked = new LinkedHashSet<>();
            for (Correction m : merges) {
                if (m.mentionIds().stream().anyMatch(here::contains)) {
                    m.mentionIds().stream().filter(id -> !here.contains(id)).forEach(linked::add);
                }
            }
            Set<FusionBlock> more = linked.isEmpty() ? Set.of() : tx.blocksOf(linked);
            if (fused.containsAll(more)) {
                break;
            }
            fused.addAll(more);
        }
        List<Event> events = fuser.events(mentions, corrections);
        List<Event> changed;
        Set<String> affected = new LinkedHashSet<>();
        if (all) {
            changed = events;
            mentions.forEach(m -> affected.add(m.id()));
        } else {
            Set<String> stored = tx.eventIdsFor(mentions.stream().map(EventMention::id).toList());
            Set<String> corrected = new HashSet<>();
            corrections.stream().filter(Correction::active).forEach(c -> corrected.addAll(c.mentionIds()));
            // an event's id is a digest of its mention ids, so a stored id means the same event, unless a
            // correction bears on it (a headline value may move to it or away from it)
            changed = events.stream().filter(e -> !stored.contains(e.id()) || !e.corrections().isEmpty()
                    || e.mentionIds().stream().anyMatch(corrected::contains)).toList();
        }
        changed.forEach(e -> affected.addAll(e.mentionIds()));
        tx.replaceEvents(affected, changed);
        return changed.size();
    }
}
