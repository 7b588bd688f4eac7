package org.sitrep.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.common.Ids;
import org.sitrep.common.StageClock;
import org.sitrep.common.Tsv;
import org.sitrep.extract.Typing;
import org.sitrep.extract.typing.TypeReview;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.CountRole;
import org.sitrep.model.DateBasis;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Extraction;
import org.sitrep.model.Frame;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.SourceRef;
import org.sitrep.model.Status;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.actor.ActorConventions;
import org.sitrep.resolve.actor.ActorRoles;
import org.sitrep.resolve.date.DateResolver;
import org.sitrep.resolve.place.Gazetteer;

/**
 * The resolve stage: turns drafts in the article's words into typed mentions with geocoded places,
 * normalized actors and sources, and calendar dates anchored to the publication date.
 */
public final class Resolver {
    private static final Set<Frame> MOVEMENT = java.util.EnumSet.of(Frame.EVACUATE, Frame.LEAVE, Frame.FLEE, Frame.RETURN);

    private final PlaceResolver places;
    private final ActorResolver actors;
    private final DisputedClaims disputes;
    private final ActorRoles actorRoles;
    private final ActorConventions conventions;
    private final ActorDictionary dictionary;
    private final DateResolver dates = new DateResolver();
    private final Typing typing = new Typing();
    /** A last look at the rules' type from the sentence's words (rules alone unless switched on). */
    private final TypeReview review;
    private final List<String> continuation = new ArrayList<>();
    private final Gazetteer gazetteer;

    public Resolver(Gazetteer gazetteer, ActorDictionary dictionary) {
        this(gazetteer, dictionary, TypeReview.RULES_ONLY);
    }

    public Resolver(Gazetteer gazetteer, ActorDictionary dictionary, TypeReview review) {
        this.review = review;
        this.gazetteer = gazetteer;
        this.places = new PlaceResolver(gazetteer, dictionary);
        this.actors = new ActorResolver(dictionary);
        this.disputes = new DisputedClaims(actors);
        this.actorRoles = new ActorRoles(dictionary);
        this.conventions = new ActorConventions(dictionary);
        this.dictionary = dictionary;
        for (String[] r : Tsv.read("/lexicon/continuation.tsv")) {
            continuation.add(r[0].trim());
        }
    }

    public static Resolver load() {
        return new Resolver(Gazetteer.load(), ActorDictionary.load(), TypeReview.fromEnvironment());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Mentions with the article's own publication date as anchor. */
    public List<EventMention> resolve(Extraction x) {
        return resolve(x, x.annotated().article().published(), false);
    }

    /**
     * Mentions anchored to {@code anchor}. When {@code inferred}, the anchor is only the earliest date the
     * undated article can have (from the dated events it shares with other articles): weekdays then
     * resolve forward from it, and dates are marked "inferred".
     */
    public List<EventMention> resolve(Extraction x, LocalDate anchor, boolean inferred) {
        return resolve(x, anchor, inferred, StageClock.NONE);
    }

    /** As {@link #resolve(Extraction, LocalDate, boolean)}, adding each component's time to {@code clock}. */
    public List<EventMention> resolve(Extraction x, LocalDate anchor, boolean inferred, StageClock clock) {
        Article article = x.annotated().article();
        PlaceResolver.Article read = clock.time("resolve: place context",
                () -> places.article(x.drafts(), x.annotated().sentences(), anchor));
        org.sitrep.resolve.place.PlaceContext placeContext = read.context();
        RegionSpelling.Reported regions = read.regions();
        Set<String> countries = placeContext.countries();
        String country = countries.isEmpty() ? null : countries.iterator().next();
        List<EventMention> out = new ArrayList<>();
        Map<Integer, EventDate> sentenceDates = new HashMap<>();
        List<String> lastSources = List.of();
        List<String> lastWords = List.of();
        int lastSourceSentence = -1;
        Place focus = null;
        // a wire dateline's day, not the feed's, is the day "on Sunday" counts from
        LocalDate dateAnchor = inferred ? anchor : dates.anchorOf(x.annotated().sentences(), anchor);
        for (MentionDraft d : x.drafts()) {
            boolean movement = MOVEMENT.contains(d.frame());
            boolean planned = d.status() == Status.PLANNED;

            EventDate date = clock.time("resolve: dates",
                    () -> dates.resolve(d.sentence(), d.times(), d.triggerStart(), dateAnchor, planned || inferred));
            if (inferred && date.date() != null) {
                date = date.withBasis(DateBasis.INFERRED);
            }
            if (!date.basis().fromWords() && continues(d)) {
                EventDate prev = sentenceDates.get(d.sentence().index() - 1);
                if (prev != null) {
                    date = prev;
                }
            }
            if (inferred && date.basis() == DateBasis.PUBLICATION) {
                date = EventDate.unknown(null); // an inferred lower bound is no publication date
            }
            if (date.basis().fromWords()) {
                sentenceDates.putIfAbsent(d.sentence().index(), date);
            }

            Place lastFocus = focus;
            PlaceResolver.Chosen where = clock.time("resolve: places", () -> places.choose(d, movement, placeContext, lastFocus));
            if (focus != null && !movement && (anaphor(d.actor2()) || anaphor(d.actor1()))) {
                // "air strikes hit the town": the town the article was just talking about
                where = new PlaceResolver.Chosen(focus, null, null);
            }
            if (where.location() != null && where.location().geoPrecision() < 3) {
                focus = where.location();
            }
            // the country the actors belong to: the event place's when the text names that country (ACLED calls
            // forces outside their own country external), else the article's
            String placeCountry = where.location() == null ? null : where.location().countryCode();
            String actorCountry = placeCountry != null && (country == null || countries.contains(placeCountry))
                    ? placeCountry : country;
            long t0 = clock.now();
            Actor[] sides = actors.sides(d.actor1(), d.actor2(), d.sentence().text(), actorCountry);
            Actor a1 = sides[0];
            Actor a2 = sides[1];
            long t1 = clock.now();
            clock.add("resolve: actors", t1 - t0);
            ActorRoles.Clause clause = clause(x, d, actorCountry, where.location(), date.date() != null ? date.date() : anchor);
            ActorRoles.Roles roles = actorRoles.fromSentence(a1, a2, clause);
            long t2 = clock.now();
            EventType type = review.review(d.sentence().text(), typing.refine(d, party(roles.actor1()), party(roles.actor2()),
                    after(x, d)));
            long t3 = clock.now();
            roles = conventions.apply(roles, type, clause, harmed(d));
            a1 = roles.actor1();
            a2 = roles.actor2();
            long t4 = clock.now();
            clock.add("resolve: actor roles", (t2 - t1) + (t4 - t3));
            clock.add("resolve: typing", t3 - t2);

            // the article's words for each source; the normalised names go beside them
            List<String> said = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (SourceRef s : d.attribution()) {
                // "he said", "the source added": the source of a sentence just before
                if (s.refersBack() && !lastSources.isEmpty() && d.sentence().index() - lastSourceSentence <= 2) {
                    said.addAll(lastSources);
                    lastWords.stream().filter(w -> !words.contains(w)).forEach(words::add);
                } else if (s.kind() != SourceRef.Kind.PRONOUN) {
                    said.add(s.text());
                    if (!words.contains(s.text())) {
                        words.add(s.text());
                    }
                }
            }
            List<String> sources = clock.time("resolve: sources", () -> actors.sources(said));
            if (!sources.isEmpty()) {
                lastSources = sources;
                lastWords = List.copyOf(words);
                lastSourceSentence = d.sentence().index();
            }
            Source src = new Source(article.docId(), article.outlet(), article.url(), d.sentence().text(),
                    d.sentence().begin(), d.sentence().end(), sources, words);
            String id = id(article.docId(), d.sentence().index(), d.frame().name(), d.triggerStart());
            // admin1 as this report spells the region (its code unchanged), once the place has done its work above
            out.add(new EventMention(id, type, d.status(), d.aggregate(), date, regions.apply(where.location()),
                    regions.apply(where.origin()), regions.apply(where.destination()),
                    a1, a2, d.counts(), List.of(src), List.of(), d.trigger(), d.frame().name()));
        }
        return clock.time("resolve: denials", () -> disputes.apply(out, x.denials(), x.annotated().sentences(), country));
    }

    /**
     * Whether the draft counts people killed or injured ("0 fatalities" counts nobody) and does not say they were armed
     * (soldiers, fighters): who a bombing harmed when no side of it is named.
     */
    private static boolean harmed(MentionDraft d) {
        return !d.armedTarget() && d.countsAny(CountRole::harm);
    }

    private static final java.util.regex.Pattern PLACE_ANAPHOR = java.util.regex.Pattern.compile(
            "(?i)the (town|city|village|area|neighbou?rhood|district|enclave|camp|suburb|region)");

    private static boolean anaphor(org.sitrep.model.ActorRef ref) {
        return ref != null && PLACE_ANAPHOR.matcher(ref.text()).matches();
    }

    private boolean continues(MentionDraft d) {
        String lower = " " + d.sentence().text().toLowerCase().replaceAll("[^a-z ]", " ") + " ";
        for (String c : continuation) {
            if (lower.contains(" " + c + " ")) {
                return true;
            }
        }
        return false;
    }

    /** What the actor roles of a draft are read from: its sentence and the two after it. */
    private ActorRoles.Clause clause(Extraction x, MentionDraft d, String countryHint, Place where, LocalDate when) {
        StringBuilder following = new StringBuilder();
        String preceding = "";
        for (org.sitrep.model.Sentence s : x.annotated().sentences()) {
            if (s.index() > d.sentence().index() && s.index() <= d.sentence().index() + 2) {
                following.append(s.text()).append(' ');
            } else if (s.index() == d.sentence().index() - 1) {
                preceding = s.text();
            }
        }
        int trigger = Math.max(0, Math.min(d.triggerStart() - d.sentence().begin(), d.sentence().text().length()));
        String countryName = where != null && where.country() != null ? where.country()
                : countryHint == null ? null : dictionary.countryName(countryHint).orElse(null);
        List<String> cited = new ArrayList<>();
        for (SourceRef s : d.attribution()) {
            if (s.kind() != SourceRef.Kind.PRONOUN) {
                cited.add(s.text());
            }
        }
        return new ActorRoles.Clause(d.sentence(), trigger, following.toString().strip(), countryHint,
                countryName, where, when, cited, preceding, after(x, d));
    }

    /** The two sentences after a draft's, which may go on telling its event (the window its actor roles read). */
    private static List<org.sitrep.model.Sentence> after(Extraction x, MentionDraft d) {
        List<org.sitrep.model.Sentence> after = new ArrayList<>();
        for (org.sitrep.model.Sentence s : x.annotated().sentences()) {
            if (s.index() > d.sentence().index() && s.index() <= d.sentence().index() + 2) {
                after.add(s);
            }
        }
        return after;
    }

    /** What typing needs of a resolved actor. */
    private static Typing.Party party(Actor a) {
        // ACLED's class name for an armed group known by no name: its words ("a group of residents") may say better
        return a == null ? Typing.Party.NONE : new Typing.Party(true, ActorResolver.state(a), ActorResolver.armed(a),
                a.type() != null && a.type().crowd(), a.name().startsWith("Unidentified"), a.text());
    }

    private static String id(String docId, int sentence, String frame, int offset) {
        return docId + "-" + Ids.hash(4, docId, String.valueOf(sentence), frame, String.valueOf(offset));
    }
}
