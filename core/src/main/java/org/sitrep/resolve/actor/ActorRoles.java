package org.sitrep.resolve.actor;

import org.sitrep.model.ActorType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;
import org.sitrep.model.Actor;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;

/**
 * Completes an event's actor1 and actor2 after the phrases the extract stage gave were resolved: a role left empty is
 * read from the actors the sentence names (an agent after "by" acts; a target next to a harm word is acted upon).
 * What the event type implies for the roles is {@link ActorConventions}' job; whether a named actor is acted upon is
 * {@link TargetCues}', who fended off whose attack {@link RepelledAttack}'s, what cited sources say of the sides
 * {@link CitedSources}', and which named group an unidentified side is {@link NamedGroups}'. Stateless and thread-safe.
 */
public final class ActorRoles {
    static final String SUPPORT_WORDS = "/actors/support-words.tsv";
    static final String HOLDING_WORDS = "/actors/holding-words.tsv";
    /** A heading: up to four words, the first capitalised, then a colon ("Movement of forces: "). */
    private static final Pattern HEADING = Pattern.compile("\\s*\\p{Lu}\\p{L}*(?:[ /-]\\p{L}+){0,3}:\\s");

    private final ActorDictionary dictionary;
    private final ActorPeriods periods;
    /** "backed by", "supported by": the actor after them helps, in neither role. */
    private final Set<String> supportWords;
    /** "manned by", "held by": the actor after them holds the site the violence was aimed at. */
    private final Set<String> holdingWords;
    private final TargetCues targetCues;
    private final RepelledAttack repelled;
    private final CitedSources sources;

    /** The actors of one event, either possibly null. */
    public record Roles(Actor actor1, Actor actor2) {
    }

    /**
     * What the roles are read from.
     *
     * @param annotated   the evidence sentence as the annotate stage split it (its words' offsets are the article's);
     *                    a clause built from bare text has a sentence with no tokens, whose token readers find nothing
     * @param trigger     offset of the trigger in the sentence (0 if unknown)
     * @param following   the sentences after it that may still describe the event (a protest's police), or ""
     * @param countryHint ISO2 of the article's country, or null
     * @param country     the country name class actors are labelled with ("Civilians (Mali)"), or null
     * @param place       the event place (its country and admin1 say whether it lies on a front), or null
     * @param when        the event's date, else the article's publication date (which front period it falls in),
     *                    or null
     * @param sources     the sentence's words for the sources it cites ("a spokesman for the army"), as written
     * @param preceding   the sentence before it (the operation a shoot-out broke out in), or ""
     * @param after       the annotated sentences {@code following} was joined from (a counter-protest told after a
     *                    protest's sentence is read on their tokens); empty for a clause built without them
     */
    public record Clause(Sentence annotated, int trigger, String following, String countryHint, String country,
                         Place place, LocalDate when, List<String> sources, String preceding, List<Sentence> after) {
        public Clause {
            sources = List.copyOf(sources);
            after = List.copyOf(after);
        }

        /** A clause of an annotated sentence whose following sentences are given as text only. */
        public Clause(Sentence annotated, int trigger, String following, String countryHint, String country,
                      Place place, LocalDate when, List<String> sources, String preceding) {
            this(annotated, trigger, following, countryHint, country, place, when, sources, preceding, List.of());
        }

        /** A clause of a bare sentence text, without the annotate stage's tokens. */
        public Clause(String sentence, int trigger, String following, String countryHint, String country,
                      Place place, LocalDate when, List<String> sources, String preceding) {
            this(new Sentence(0, 0, sentence.length(), sentence, List.of(), List.of(), List.of(), false), trigger,
                    following, countryHint, country, place, when, sources, preceding);
        }

        /** The evidence sentence's text. */
        public String sentence() {
            return annotated.text();
        }

        /** A clause that cites no source and is the first of its report. */
        public Clause(String sentence, int trigger, String following, String countryHint, String country,
                      Place place, LocalDate when) {
            this(sentence, trigger, following, countryHint, country, place, when, List.of(), "");
        }

        /** A clause with no event place and no date, citing no source. */
        public Clause(String sentence, int trigger, String following, String countryHint, String country) {
            this(sentence, trigger, following, countryHint, country, null, null);
        }
    }

    public ActorRoles(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.periods = new ActorPeriods(dictionary);
        this.supportWords = Tsv.words(SUPPORT_WORDS);
        this.holdingWords = Tsv.words(HOLDING_WORDS);
        this.targetCues = new TargetCues();
        this.repelled = new RepelledAttack();
        this.sources = new CitedSources(dictionary);
    }

    /**
     * Empty roles read from the actors the sentence names: agents after "by", targets next to harm words; each actor
     * as ACLED codes it on the clause's day ({@link ActorPeriods}).
     */
    public Roles fromSentence(Actor actor1, Actor actor2, Clause c) {
        Roles r = read(actor1, actor2, c);
        return new Roles(periods.on(r.actor1(), c.when(), c.countryHint()), periods.on(r.actor2(), c.when(), c.countryHint()));
    }

    private Roles read(Actor actor1, Actor actor2, Clause c) {
        List<ActorMatch> found = afterHeading(c.sentence(), dictionary.find(c.sentence(), c.countryHint()));
        found = found.stream().filter(m -> !sources.citedOnly(c, m.start(), m.end())).toList();
        Actor a1 = NamedGroups.named(sources.cited(actor1, c), found, c.sentence());
        Actor a2 = NamedGroups.named(sources.cited(actor2, c), found, c.sentence());
        Actor attacker = repelled.attacker(c.sentence(), found);
        if (attacker != null && !attacker.name().equals(a1 == null ? null : a1.name())) {
            // "troops repelled an attack by militants": the attackers started it
            Actor defender = a1;
            a1 = attacker;
            a2 = defender != null ? defender : a2 != null && a2.name().equals(attacker.name()) ? null : a2;
        }
        if (a1 != null && a2 != null) {
            return sameNouns(a1, a2, found);
        }
        List<ActorMatch> agents = new ArrayList<>();
        List<ActorMatch> others = new ArrayList<>();
        List<ActorMatch> targets = new ArrayList<>();
        List<Token> toks = Token.tokenize(c.sentence());
        for (ActorMatch m : found) {
            if (m.countryUnknown()) {
                continue;
            }
            String by = AgentBefore.wordBeforeBy(c.sentence(), toks, m.start());
            if (by != null && supportWords.contains(by)) {
                continue; // "backed by clan militias": a helper, in neither role
            } else if (by != null && holdingWords.contains(by)) {
                targets.add(m); // "a checkpoint manned by soldiers": the site's holders were attacked
            } else if (by != null) {
                agents.add(m);
            } else if (targetCues.actedUpon(c.sentence(), toks, m.start(), m.end())) {
                targets.add(m);
            } else {
                others.add(m);
            }
        }
        if (a1 == null) {
            a1 = first(agents, a2, false, 0, Integer.MAX_VALUE);
        }
        if (a1 == null) {
            a1 = sources.speakerActing(c, a2);
        }
        if (a1 == null) {
            // a trigger that names the doers themselves ("suicide bombers blew themselves up", "gunmen"): they act,
            // though a speaker ("the army said that ...") or a site's force stand before them
            a1 = first(others, a2, true, c.trigger(), c.trigger() + 1);
        }
        if (a1 == null) {
            // who acts is named before the trigger ("Taliban militants attacked"), else first ("clashes between X and Y")
            a1 = first(others, a2, true, 0, c.trigger());
            a1 = a1 != null ? a1 : first(others, a2, true, 0, Integer.MAX_VALUE);
        }
        if (a2 == null) {
            a2 = first(targets, a1, false, 0, Integer.MAX_VALUE);
        }
        if (a2 == null) {
            a2 = first(others, a1, false, c.trigger(), Integer.MAX_VALUE);
            a2 = a2 != null ? a2 : first(others, a1, false, 0, Integer.MAX_VALUE);
        }
        return sameNouns(a1, a2, found);
    }

    /** "clashed with Taliban militants, killing 7 militants": the killed are the named group's. */
    private static Roles sameNouns(Actor a1, Actor a2, List<ActorMatch> found) {
        Actor one = NamedGroups.sameNoun(a1, a2, found);
        return new Roles(one, NamedGroups.sameNoun(a2, one, found));
    }

    /**
     * The matches after a report's heading: event notes open with a few words and a colon that name the kind of
     * event ("Movement of forces:", "Security measures:"), whose nouns are no actor of it.
     */
    private static List<ActorMatch> afterHeading(String sentence, List<ActorMatch> found) {
        java.util.regex.Matcher h = HEADING.matcher(sentence);
        if (!h.lookingAt()) {
            return found;
        }
        return found.stream().filter(m -> m.start() >= h.end()).toList();
    }

    /** The first actor starting in [from, to) that is not {@code other}. */
    private static Actor first(List<ActorMatch> matches, Actor other, boolean skipCivilians, int from, int to) {
        for (ActorMatch m : matches) {
            Actor a = m.actor();
            if (m.start() < from || m.start() >= to) {
                continue;
            }
            if (other != null && a.name().equals(other.name())) {
                continue;
            }
            if (skipCivilians && a.type() == ActorType.CIVILIANS) {
                continue;
            }
            return a;
        }
        return null;
    }

    static boolean isState(Actor a) {
        return a != null && (a.type() == ActorType.STATE_FORCES || a.type() == ActorType.FOREIGN_STATE);
    }

    /** Armed state forces, not a government: the police or army facing a crowd. */
    static boolean forces(Actor a) {
        return isState(a) && !a.name().equals("Government") && !a.name().startsWith("Government of");
    }

    static boolean isCrowd(Actor a) {
        return a != null && a.type() != null && a.type().crowd();
    }
}
