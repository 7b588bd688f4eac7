package org.sitrep.fuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Correction;
import org.sitrep.model.DateBasis;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.Status;
import org.sitrep.resolve.place.Gazetteer;

/**
 * The fuse stage. Within one article, sentences that restate one event ("renewed heavy bombing on
 * April 6", "air strikes killed 40 civilians") become one mention. Across articles, mentions of one
 * event become one {@link Event}.
 */
public final class Fuser {
    private final Compatibility fit;
    private final CrossOutletFusion across;
    private final Overrides overrides;

    public Fuser(Gazetteer gazetteer) {
        EventClasses classes = new EventClasses();
        this.fit = new Compatibility(gazetteer, classes);
        this.across = new CrossOutletFusion(fit);
        this.overrides = new Overrides(gazetteer, classes);
    }

    /** Restatements within each article merged; mentions of different articles are never merged here. */
    public List<EventMention> mergeWithinArticle(List<EventMention> mentions) {
        Map<String, List<EventMention>> byDoc = new LinkedHashMap<>();
        for (EventMention m : mentions) {
            byDoc.computeIfAbsent(m.docId(), k -> new ArrayList<>()).add(m);
        }
        List<EventMention> out = new ArrayList<>();
        for (List<EventMention> doc : byDoc.values()) {
            List<List<EventMention>> groups = new ArrayList<>();
            for (EventMention m : doc) {
                List<EventMention> home = null;
                for (List<EventMention> g : groups) {
                    if (joins(Merge.of(g), m, 1)) {
                        home = g;
                        break;
                    }
                }
                if (home == null) {
                    home = new ArrayList<>();
                    groups.add(home);
                }
                home.add(m);
            }
            List<EventMention> merged = new ArrayList<>();
            for (List<EventMention> g : groups) {
                merged.add(Merge.of(g));
            }
            out.addAll(AgreementDestinations.complete(merged));
        }
        return out;
    }

    boolean joins(EventMention a, EventMention b, int slackDays) {
        return a.aggregate() == b.aggregate()
                && fit.sameClass(a, b)
                && Compatibility.datesFit(a.date(), b.date(), slackDays)
                && fit.placesFit(a.location(), b.location())
                && Compatibility.countsFit(a.counts(), b.counts())
                && fit.actorsFit(a, b);
    }

    /**
     * Events across articles: mentions of different articles that report one event become one event with
     * each article's account side by side and their disagreements listed. See docs/fusion.md.
     */
    public List<Event> events(List<EventMention> mentions) {
        return across.fuse(mentions);
    }

    /**
     * As {@link #events(List)}, honouring analysts' corrections (those undone are ignored): splits and merges
     * constrain the groups, headline values replace fusion's own beside it. See docs/corrections.md.
     */
    public List<Event> events(List<EventMention> mentions, List<Correction> corrections) {
        if (corrections.stream().noneMatch(Correction::active)) {
            return across.fuse(mentions);
        }
        return overrides.apply(across.fuse(mentions, Constraints.of(corrections)), corrections);
    }

    /**
     * The value an analyst may set for a headline field, normalized as it is stored, or an
     * IllegalArgumentException saying what the field takes.
     */
    public String checkValue(HeadlineField field, String value) {
        return overrides.check(field, value);
    }

    /**
     * For fusion spread over machines (the Spark job): the buckets a mention is compared in. In a week
     * bucket ({@link Meeting#byWeek}), each pair with at least one member at home is a candidate and
     * linked pairs form events; in a place bucket an undated mention (at home) joins the event of the
     * dated mentions (guests) it links with, if they all belong to one. See {@link #links}.
     */
    public static List<Meeting> meetings(EventMention m) {
        return CrossOutletFusion.meetings(m);
    }

    /** Whether a candidate pair reports one event; {@code earlier} comes first in input order. */
    public boolean links(EventMention earlier, EventMention later) {
        return across.links(earlier, later);
    }

    /** The event a connected group of mentions becomes, the mentions in input order. */
    public Event event(List<EventMention> group) {
        return across.event(group);
    }

    /** A bucket a mention is compared in, and whether it is at home there or a guest. */
    public record Meeting(FusionBlock.Bucket bucket, boolean home) implements java.io.Serializable {
        /** A bucket of dated mentions by week, rather than one where undated mentions meet dated ones by place. */
        public boolean byWeek() {
            return bucket instanceof FusionBlock.Week;
        }
    }

    /**
     * The block a mention fuses within: its coarse class (all violent classes form one) and its country.
     * Re-fusing every mention of the blocks new mentions touch gives the same events as re-fusing all.
     */
    public static FusionBlock blockKey(EventMention m) {
        return CrossOutletFusion.block(m);
    }

    /** Per outlet, the words its articles use for each normalized actor. */
    public static List<org.sitrep.model.OutletFraming> framing(List<EventMention> mentions) {
        return Framing.of(mentions);
    }

    /**
     * The earliest date an undated article can carry: the latest date-word date among the events it
     * shares (same class, same place) with dated articles, and as evidence the shared mentions on that
     * day, in input order. Empty when it shares none.
     */
    public Optional<InferredDate> inferPublication(List<EventMention> undated, List<EventMention> dated) {
        List<EventMention> placeable = undated.stream()
                .filter(u -> u.status() != Status.PLANNED && !u.aggregate() && u.location() != null).toList();
        List<EventMention> shared = new ArrayList<>();
        LocalDate bound = null;
        for (EventMention d : dated) {
            if (canBeEvidence(d) && placeable.stream().anyMatch(u -> fit.sameClass(u, d)
                    && u.location().name().equals(d.location().name()))) {
                shared.add(d);
                bound = bound == null || evidenceDay(d).isAfter(bound) ? evidenceDay(d) : bound;
            }
        }
        if (bound == null) {
            return Optional.empty();
        }
        LocalDate latest = bound;
        List<String> evidence = shared.stream().filter(d -> evidenceDay(d).equals(latest)).map(EventMention::id)
                .distinct().toList();
        return Optional.of(new InferredDate(bound, evidence));
    }

    /**
     * The group a dated mention falls in as evidence for placing undated articles, or empty when it
     * cannot be evidence. Within a group only the latest day matters ({@link #inferPublication} takes the
     * maximum), so a distributed run may pass only each group's mentions on its latest day.
     */
    public Optional<EvidenceGroup> evidenceGroup(EventMention d) {
        return canBeEvidence(d) ? Optional.of(new EvidenceGroup(d.location().name(), fit.classSignature(d)))
                : Optional.empty();
    }

    /**
     * The group of a dated evidence mention: its place's name and what {@link Compatibility#sameClass} looks at.
     * A record rather than a joined string, so no place name can run into the class; a distributed run keys on it.
     */
    public record EvidenceGroup(String placeName, ClassSignature signature) implements java.io.Serializable {
    }

    /** Dated from date words or the publication day, not a running total, and placed. */
    private static boolean canBeEvidence(EventMention d) {
        return d.date().date() != null && (d.date().basis() == DateBasis.TEXT || d.date().basis() == DateBasis.PUBLICATION)
                && !d.aggregate() && d.location() != null;
    }

    /** The day a dated evidence mention vouches for: the end of its range, or its date. */
    public static LocalDate evidenceDay(EventMention d) {
        return d.date().dateEnd() != null ? d.date().dateEnd() : d.date().date();
    }


    /** A lower bound for an undated article's publication date and the mentions it rests on. */
    public record InferredDate(LocalDate notBefore, List<String> evidence) {
    }
}
