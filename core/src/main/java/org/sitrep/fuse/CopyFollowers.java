package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Actor;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Status;

/**
 * Copies of one text in fusion. A mention of a copy ({@link EventMention#copyOf}) that restates, value for value
 * and sentence for sentence, a mention read from the same words earlier in the input follows that mention into
 * its event instead of being clustered on its own: the copy adds an outlet to the event's sources, never a
 * second vote or figure (see {@link #independent}).
 */
final class CopyFollowers {
    private CopyFollowers() {
    }

    /** The mentions to cluster, and after each of them the copies' mentions that follow it. */
    record Split(List<EventMention> leaders, Map<EventMention, List<EventMention>> followers) {
    }

    /** What a mention says and where its words are: equal for a mention and its copy's restatement. */
    private record Reading(String text, EventType type, Status status, boolean aggregate, EventDate date,
                           Place location, Place origin, Place destination, Actor actor1, Actor actor2,
                           Map<CountRole, Count> counts, List<Actor> deniedBy, String trigger, String frame,
                           List<Integer> offsets) {
        static Reading of(EventMention m) {
            List<Integer> offsets = new ArrayList<>();
            m.sources().forEach(s -> {
                offsets.add(s.start());
                offsets.add(s.end());
            });
            return new Reading(m.textOf(), m.type(), m.status(), m.aggregate(), m.date(), m.location(), m.origin(),
                    m.destination(), m.actor1(), m.actor2(), m.counts(), m.deniedBy(), m.trigger(), m.frame(), offsets);
        }
    }

    static Split of(List<EventMention> ms) {
        Map<Reading, EventMention> read = new HashMap<>();
        List<EventMention> leaders = new ArrayList<>();
        Map<EventMention, List<EventMention>> followers = new IdentityHashMap<>();
        for (EventMention m : ms) {
            Reading r = Reading.of(m);
            EventMention leader = m.copyOf() == null ? null : read.get(r);
            if (leader != null && !leader.docId().equals(m.docId())) {
                followers.computeIfAbsent(leader, k -> new ArrayList<>()).add(m);
            } else {
                read.putIfAbsent(r, m);
                leaders.add(m);
            }
        }
        return new Split(leaders, followers);
    }

    /** The groups formed from the leaders, each copy's mention placed right after the mention it restates. */
    static List<Clustering.Group> expand(List<Clustering.Group> groups, Split split) {
        if (split.followers().isEmpty()) {
            return groups;
        }
        List<Clustering.Group> out = new ArrayList<>(groups.size());
        for (Clustering.Group g : groups) {
            List<EventMention> members = new ArrayList<>();
            List<Joined> joins = new ArrayList<>();
            List<Boolean> direct = new ArrayList<>();
            for (int i = 0; i < g.members().size(); i++) {
                EventMention m = g.members().get(i);
                members.add(m);
                joins.add(g.joins().get(i));
                direct.add(g.direct().get(i));
                for (EventMention f : split.followers().getOrDefault(m, List.of())) {
                    members.add(f);
                    joins.add(Joined.founds("a copy of " + m.docId() + "'s text word for word: one source with it"));
                    direct.add(g.direct().get(i));
                }
            }
            out.add(new Clustering.Group(members, joins, direct));
        }
        return out;
    }

    /**
     * Which members of a group count as sources of their own: those of the first article of each text in the
     * group (an article and its copies are one source, so a copy never corroborates its original or outvotes
     * another outlet). Several members of that one article all count, as they would without copies.
     */
    static List<Boolean> independent(List<EventMention> members) {
        Map<String, String> firstDoc = new HashMap<>();
        List<Boolean> out = new ArrayList<>(members.size());
        members.forEach(m -> out.add(firstDoc.computeIfAbsent(m.textOf(), k -> m.docId()).equals(m.docId())));
        return out;
    }
}
