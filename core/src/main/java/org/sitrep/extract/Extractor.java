package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.SentenceSelector;
import org.sitrep.common.StageClock;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Denial;
import org.sitrep.model.EventType;
import org.sitrep.model.Extraction;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;
import org.sitrep.model.Status;
import org.sitrep.model.TimeExpression;

/**
 * The extract stage: finds event mentions in annotated sentences. Per sentence, over one immutable
 * {@link SentenceContext}, its components run in order: attribution, trigger finding (with status and
 * plausibility), grouping into events, event-worthiness, counts, typing, arguments and time order.
 * Every component is stateless, so one extractor serves many threads.
 */
public final class Extractor {
    private final Lexicon lex = Lexicon.get();
    private final AttributionReader attribution = new AttributionReader();
    private final TriggerFinder triggers = new TriggerFinder();
    private final EventGrouper grouper = new EventGrouper();
    private final EventWorthiness worthiness = new EventWorthiness();
    private final PlaceSpotter places = new PlaceSpotter();
    private final CountReader counts = new CountReader();
    private final CountAssigner assigner = new CountAssigner();
    private final MournedDead mourned = new MournedDead();
    private final RecalledDead recalled = new RecalledDead();
    private final CustodyDeaths custodyDeaths = new CustodyDeaths();
    private final Typing typing = new Typing();
    private final ArgumentReader arguments = new ArgumentReader();
    private final TimeOrder timeOrder = new TimeOrder();
    private final ProtestOutcome protestOutcome = new ProtestOutcome();
    private final ProtestConduct protestConduct = new ProtestConduct();
    private final CasualtyCarry casualtyCarry = new CasualtyCarry();
    private final TollStatement tollStatement = new TollStatement();
    private final ExchangeOfFire exchange = new ExchangeOfFire();
    private final MainClauseFirst mainClauseFirst = new MainClauseFirst();
    private final WeaponNamedNext weaponNamedNext = new WeaponNamedNext();
    private final UnfoughtTaking unfought = new UnfoughtTaking();
    private final DestructionWithHarm destructionWithHarm = new DestructionWithHarm();

    /**
     * Sentences that can report an event (they hold a trigger) or deny one reported before ("The army denied the
     * claim."). Only those get the expensive annotators.
     */
    public SentenceSelector selector() {
        return (words, lemmas) -> triggers.mayReport(words, lemmas) || tollStatement.mayState(words, lemmas)
                || mayDeny(lemmas);
    }

    private boolean mayDeny(List<String> lemmas) {
        for (String l : lemmas) {
            if (lex.speech.get(l) == SpeechKind.DENY) {
                return true;
            }
        }
        return false;
    }

    /** The typing component, which the resolve stage asks to finish sub-types that depend on actor types. */
    public Typing typing() {
        return typing;
    }

    public Extraction extract(AnnotatedArticle doc) {
        return extract(doc, StageClock.NONE);
    }

    /** As {@link #extract(AnnotatedArticle)}, adding each component's time to {@code clock}. */
    public Extraction extract(AnnotatedArticle doc, StageClock clock) {
        List<MentionDraft> drafts = new ArrayList<>();
        List<Denial> denials = new ArrayList<>();
        Map<Integer, ProtestOutcome.Signals> signals = new java.util.HashMap<>();
        List<TollStatement.Stated> tolls = new ArrayList<>();
        Set<Integer> fighting = new HashSet<>(); // sentences whose triggers tell fighting, for ground taken unfought
        Map<Integer, List<Trigger>> foundBySentence = new java.util.HashMap<>();
        for (Sentence s : doc.sentences()) {
            if (!s.deep()) {
                // no trigger, no parse: its cues may still tell what happened to a protest before it
                signals.put(s.index(), new ProtestOutcome.Signals(clock.time("extract: cues", () -> shallowCues(s)), false, false));
                continue;
            }
            MentionDraft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            boolean followsViolence = last != null && last.sentence().index() == s.index() - 1
                    && TollEvents.violent(last.type());
            SentenceContext ctx = clock.time("extract: context (words, cues, attribution)",
                    () -> SentenceContext.of(s, followsViolence, lex, attribution));
            denials.addAll(ctx.attribution().denials());
            List<Trigger> found = clock.time("extract: triggers", () -> triggers.find(ctx));
            signals.put(s.index(), new ProtestOutcome.Signals(ctx.cues(),
                    found.stream().anyMatch(t -> t.frame() == org.sitrep.model.Frame.ARREST && t.status() == Status.OCCURRED
                            && typing.crowdArrested(ctx, t)), protestConduct.crowdFought(ctx, found)));
            foundBySentence.put(s.index(), found);
            if (unfought.fightingTold(found, Map.of())) {
                fighting.add(s.index());
            }
            List<MentionDraft> read = readSentence(doc, ctx, found, clock);
            if (read.stream().allMatch(CasualtyCarry::refersBack) && last != null && followsViolence
                    && last.attribution().isEmpty() && accuses(ctx)) {
                // "A car bomb killed 6 people at a checkpoint. Police blamed the insurgents for the attack.": the
                // accuser tells the event; without a source of its own, the event is theirs to tell
                drafts.set(drafts.size() - 1, withSources(last, ctx.attribution().sources()));
            }
            drafts.addAll(read);
            tollStatement.read(ctx).ifPresent(tolls::add);
        }
        List<MentionDraft> outcomes = clock.time("extract: protest outcomes", () -> protestOutcome.apply(drafts, signals));
        List<MentionDraft> harming = clock.time("extract: destruction with harm",
                () -> destructionWithHarm.apply(outcomes, foundBySentence, doc.sentences()));
        List<MentionDraft> carried = clock.time("extract: casualty carry", () -> casualtyCarry.apply(harming));
        List<MentionDraft> exchanged = clock.time("extract: exchange of fire",
                () -> exchange.apply(weaponNamedNext.apply(carried), doc.sentences()));
        List<MentionDraft> stated = tollStatement.apply(exchanged, tolls);
        List<MentionDraft> taken = clock.time("extract: unfought taking", () -> unfought.apply(stated, fighting, doc.sentences()));
        return new Extraction(doc, custodyDeaths.apply(taken), denials);
    }

    private List<MentionDraft> readSentence(AnnotatedArticle doc, SentenceContext ctx, List<Trigger> found,
                                            StageClock clock) {
        if (found.isEmpty()) {
            return List.of();
        }
        Syntax syn = ctx.syntax();
        Sentence s = ctx.sentence();
        List<EventGrouper.Group> groups = clock.time("extract: grouping", () -> mainClauseFirst.order(
                withoutCrowdArrests(grouper.group(found, syn), ctx), syn));
        Set<Integer> triggerTokens = new HashSet<>();
        for (Trigger t : found) {
            for (int k = t.start(); k < t.end(); k++) {
                // "blocked the Zahra highway" matches "block ... highway": a name between the phrase's words is no
                // trigger word (the lexicons' phrases are common words), and may be the place
                boolean inner = k > t.start() && k < t.end() - 1 && s.tokens().get(k).pos().startsWith("NNP");
                if (!inner) {
                    triggerTokens.add(k);
                }
            }
        }
        List<PlaceRef> refs = clock.time("extract: places", () -> places.spot(s, triggerTokens));
        // people no word gives a role: those moving in a movement sentence, the fighters of a group that
        // recruits, disarms or splits ("signing up about 200 volunteers", "60 bandits laid down their weapons")
        boolean movement = groups.stream().anyMatch(g -> g.family() == Family.MOVEMENT);
        boolean groupChange = groups.stream().anyMatch(g -> g.family() == Family.GROUP_CHANGE);
        CountRole unnamed = movement ? CountRole.DISPLACED : groupChange ? CountRole.FIGHTERS : null;
        List<CountReader.Found> people = clock.time("extract: counts", () -> counts.read(ctx, unnamed));
        List<MentionDraft> out = new ArrayList<>();
        for (EventGrouper.Group g : groups) {
            if (!clock.time("extract: worthiness", () -> worthiness.reportsEvent(g, ctx, people, refs))) {
                continue;
            }
            Trigger main = g.main();
            Map<CountRole, Count> c = clock.time("extract: counts", () -> recalled.withoutRecalled(g, ctx, people,
                    mourned.withoutMourned(g, ctx, assigner.countsFor(g, groups, people))));
            EventType type = clock.time("extract: typing", () -> typing.classify(g, ctx, c, found));
            Status status = status(main.status(), ctx);
            List<TimeExpression> times = clock.time("extract: time order", () -> timeOrder.forEvent(ctx, main, status));
            ArgumentReader.Actors actors = clock.time("extract: arguments", () -> arguments.actors(ctx, main));
            boolean armedTarget = armedTarget(actors.actor2(), people, c);
            out.add(new MentionDraft(doc.article(), s, main.frame(), type, status, aggregate(ctx, c), times,
                    nearFirst(refs, syn.token(main.start()).begin()), actors.actor1(), actors.actor2(), c,
                    ctx.attribution().sources(), syn.text(main.start(), main.end() - 1), syn.token(main.start()).begin(),
                    armedTarget));
        }
        return out;
    }

    /** Whether the sentence names who accuses or blames someone ("Police blamed the insurgents"). */
    private boolean accuses(SentenceContext ctx) {
        return !ctx.attribution().sources().isEmpty() && ctx.lemmas().stream().anyMatch(lex.allegingVerbs::contains);
    }

    private static MentionDraft withSources(MentionDraft d, List<org.sitrep.model.SourceRef> sources) {
        return d.withAttribution(sources);
    }

    /**
     * "Police held 25 marchers as students filled the square": the arrest of the crowd is the
     * protest's intervention (typing reads it), not an event of its own.
     */
    private List<EventGrouper.Group> withoutCrowdArrests(List<EventGrouper.Group> groups, SentenceContext ctx) {
        if (groups.stream().noneMatch(g -> g.family() == Family.CROWD)) {
            return groups;
        }
        return groups.stream().filter(g -> g.family() != Family.ARREST
                || g.triggers().stream().noneMatch(t -> typing.crowdArrested(ctx, t))).toList();
    }

    private Set<Cue> shallowCues(Sentence s) {
        Set<Cue> cues = java.util.EnumSet.noneOf(Cue.class);
        lex.cues.find(SentenceContext.lowerLemmas(s), SentenceContext.lowerWords(s)).forEach(m -> cues.add(m.value()));
        return cues;
    }

    /**
     * Whether those acted upon are armed: the target names soldiers, fighters or a military site, or the
     * people counted as killed or injured are combatants ("killing 12 insurgents").
     */
    private boolean armedTarget(org.sitrep.model.ActorRef target, List<CountReader.Found> people, Map<CountRole, Count> c) {
        String head = target == null ? "" : target.head();
        String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head; // heads are words, nouns lemmas
        // a group of combatants ("soldiers") or one of them named by rank or post ("a commander", "one ranger")
        if (lex.peopleNouns.get(head) == PeopleGroup.COMBATANT || lex.peopleNouns.get(singular) == PeopleGroup.COMBATANT
                || lex.personRoles.get(head) == PeopleGroup.COMBATANT || lex.personRoles.get(singular) == PeopleGroup.COMBATANT
                || lex.militaryTargets.contains(head) && !civilianSite(target)) {
            return true;
        }
        return people.stream().anyMatch(f -> f.role().harm() && c.containsKey(f.role())
                && f.group() == PeopleGroup.COMBATANT);
    }

    /** "a cattle camp", "a refugee camp": a site whose modifier names the civilians who live there. */
    private boolean civilianSite(org.sitrep.model.ActorRef target) {
        return target.text() != null && java.util.Arrays.stream(target.text().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+"))
                .anyMatch(lex.civilianSiteModifiers::contains);
    }

    /** The trigger's status, made alleged by an accusation and disputed by a denial in its sentence. */
    private Status status(Status status, SentenceContext ctx) {
        if (status == Status.OCCURRED && ctx.cues().contains(Cue.ALLEGED)) {
            status = Status.ALLEGED;
        }
        boolean accused = ctx.lemmas().stream().anyMatch(lex.allegingVerbs::contains);
        if (!ctx.attribution().denials().isEmpty() && (status == Status.OCCURRED || status == Status.ALLEGED
                || status == Status.DENIED && accused)) {
            status = Status.DISPUTED; // "accused Russian troops of ..., a charge Moscow denied"
        }
        return status;
    }

    /**
     * A cumulative total: an aggregate cue with a count of several people, or over "the past/last" period. One
     * person is no total ("a journalist has been missing since armed men took him").
     */
    private static boolean aggregate(SentenceContext ctx, Map<CountRole, Count> c) {
        boolean total = c.values().stream().anyMatch(n -> n.value() == null || n.value() != 1);
        return ctx.cues().contains(Cue.AGGREGATE) && (total || ctx.sentence().times().stream()
                .anyMatch(tx -> "DURATION".equals(tx.type()) && tx.text().toLowerCase().matches(".*\\b(past|last)\\b.*")));
    }

    /** Places nearest the trigger first; those before it count as farther. */
    private static List<PlaceRef> nearFirst(List<PlaceRef> refs, int trigChar) {
        List<PlaceRef> near = new ArrayList<>(refs);
        near.sort(java.util.Comparator.comparingDouble(p -> p.start() >= trigChar ? p.start() - trigChar : (trigChar - p.start()) * 1.5));
        return near;
    }
}
