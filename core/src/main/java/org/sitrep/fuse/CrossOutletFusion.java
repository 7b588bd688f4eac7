package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.common.Ids;
import org.sitrep.model.Account;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Event;
import org.sitrep.fuse.Fuser.Meeting;
import org.sitrep.model.EventMention;

/**
 * Clusters article-level mentions of different articles into events.
 *
 * <p>Blocking keeps the cost near-linear: a mention is compared only with mentions of the same event
 * class and country whose week is the same or adjacent (so events straddling a week boundary still
 * meet), and undated mentions only with mentions of the same class at the same place. With block sizes
 * bounded by the news of one class, country and fortnight, the work is O(n · b) for n mentions and
 * block size b, plus O(n α(n)) for the union-find.
 */
final class CrossOutletFusion {

    private static final EventClasses CLASSES = new EventClasses();
    private final Compatibility fit;
    private final Clustering clustering;
    private final Tallies tallies;

    CrossOutletFusion(Compatibility fit) {
        this.fit = fit;
        this.clustering = new Clustering(fit, CLASSES);
        this.tallies = new Tallies(new CountScopes());
    }

    /** Copies' mentions that restate a mention of their text follow it ({@link CopyFollowers}); the rest cluster. */
    List<Event> fuse(List<EventMention> mentions) {
        List<Event> events = new ArrayList<>();
        for (Clustering.Group g : groups(mentions)) {
            events.add(event(g));
        }
        return events;
    }

    /** The groups fusion forms: copies follow the mention of their text, the rest cluster. */
    private List<Clustering.Group> groups(List<EventMention> mentions) {
        CopyFollowers.Split split = CopyFollowers.of(mentions);
        return CopyFollowers.expand(clustering.groups(split.leaders()), split);
    }

    /** As {@link #fuse(List)}, with the analysts' splits and merges applied to the groups clustering forms. */
    List<Event> fuse(List<EventMention> mentions, Constraints constraints) {
        CopyFollowers.Split split = CopyFollowers.of(mentions);
        List<Event> events = new ArrayList<>();
        for (Clustering.Group g : constraints.apply(mentions,
                CopyFollowers.expand(clustering.groups(split.leaders()), split))) {
            events.add(event(g));
        }
        return events;
    }

    /**
     * Where a mention meets others. In a week bucket, pairs with at least one member at home are
     * compared, so every candidate pair is compared exactly once: a dated mention is at home in its week
     * and a guest in the next (weeks w and w+1 meet in bucket w+1, so events straddling a week boundary
     * still meet). In a place bucket, an undated mention (at home) meets the dated mentions of its class,
     * country and admin1 (guests) and joins their event only if it fits exactly one: over a long corpus
     * it fits many, and letting it link them all would chain years of events at one place into one.
     */
    static List<Meeting> meetings(EventMention m) {
        FusionBlock block = block(m);
        FusionBlock.Region place = region(m);
        if (m.date().date() == null) {
            return List.of(new Meeting(place, true));
        }
        long w = week(m);
        return List.of(new Meeting(new FusionBlock.Week(block, w), true),
                new Meeting(new FusionBlock.Week(block, w + 1), false), new Meeting(place, false));
    }

    /**
     * One candidate pair, the earlier mention (in input order) first: do they report one event? Exactly when
     * fusion makes one event of the two alone, so the pair form decides by the rules of {@link JoinRules} (days
     * named or counted, reports dated by their publication day, operations, places, actors, counts) and never by
     * a copy of them.
     */
    boolean links(EventMention earlier, EventMention later) {
        return groups(List.of(earlier, later)).size() == 1;
    }

    /** The fusion block: coarse class (all violent classes form one) and country. Fusion never joins across blocks. */
    static FusionBlock block(EventMention m) {
        String coarse = CLASSES.coarse(m.type());
        // casualty-only and denied mentions may join any violent class: block them with violence as a whole
        if (CLASSES.violent(m.type())) {
            coarse = "violent";
        }
        return FusionBlock.of(coarse, m);
    }

    private static long week(EventMention m) {
        return Math.floorDiv(m.date().date().toEpochDay(), 7);
    }

    /**
     * Undated mentions meet by admin1, so a town and the region around it still meet; by the region's key, since
     * outlets spell one region differently.
     */
    static FusionBlock.Region region(EventMention m) {
        return new FusionBlock.Region(block(m), m.location() == null ? null : m.location().admin1Key());
    }

    /** The event of a group formed elsewhere (the Spark job): direct reports are told by their evidence. */
    Event event(List<EventMention> g) {
        return event(new Clustering.Group(g, g.stream().map(m -> Joined.founds("grouped with the others by the distributed job")).toList(),
                g.stream().map(m -> Evidence.of(m).strong()).toList()));
    }

    /**
     * The event of one group. Every member's account is listed, but the headline values, the count tallies and
     * the disputes weigh one account per text: a copy of an article is not a second source.
     */
    Event event(Clustering.Group group) {
        List<EventMention> g = group.members();
        EventMention merged = Merge.of(g);
        List<Boolean> own = CopyFollowers.independent(g);
        List<EventMention> sources = new ArrayList<>();
        List<Boolean> direct = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            if (own.get(i)) {
                sources.add(g.get(i));
                direct.add(group.direct().get(i));
            }
        }
        Headline h = sources.size() == 1 ? Headline.of(sources, List.of(true)) : Headline.of(sources, direct);
        List<Account> accounts = g.stream().map(Account::of).toList();
        List<Account> weighed = sources.stream().map(Account::of).toList();
        List<String> ids = g.stream().map(EventMention::id).toList();
        Map<CountRole, Tally> tally = tallies.of(weighed, sources.size() == 1 ? List.of(true) : direct,
                CLASSES.displacement(h.type()), merged.aggregate());
        Map<CountRole, Count> counts = new LinkedHashMap<>();
        tally.forEach((k, t) -> {
            if (t.chosen() != null) {
                counts.put(k, t.chosen());
            }
        });
        return new Event(id(ids), h.type(), merged.status(), merged.aggregate(), h.date(), h.location(),
                merged.origin(), merged.destination(), h.actor1(), h.actor2(), counts,
                merged.sources(), merged.deniedBy(), ids, accounts, Disputes.of(weighed, tally),
                Notes.of(accounts, group.joins(), h, tally), List.of(), Explanations.of(accounts, group.joins(), h, tally));
    }

    private static String id(List<String> mentionIds) {
        return "ev-" + Ids.hash(6, mentionIds.stream().sorted().toArray(String[]::new));
    }
}
