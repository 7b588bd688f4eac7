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

/**
 * Completes an event's actor1 and actor2 after the phrases the extract stage gave were resolved: a role left empty is
 * read from the actors the sentence names (an agent after "by" acts; a target next to a harm word is acted upon).
 * What the event type implies for the roles is {@link ActorConventions}' job. Stateless and thread-safe.
 */
public final class ActorRoles {
    static final String HARM_WORDS = "/actors/harm-words.tsv";
    static final String DEFENCE_WORDS = "/actors/defence-words.tsv";
    static final String ATTACK_NOUNS = "/actors/attack-nouns.tsv";
    private static final Pattern AGENT_BEFORE = Pattern.compile("(?i)(?:\\b(\\p{L}+)\\s+)?\\bby\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    static final String SUPPORT_WORDS = "/actors/support-words.tsv";
    static final String ACTIVE_PARTICIPLES = "/actors/active-participles.tsv";
    static final String CLAUSE_OPENERS = "/lexicon/clause-openers.tsv";
    static final String PARTICIPLE_AUXILIARIES = "/actors/participle-auxiliaries.tsv";
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    /** Sources that speak for a state: what they say the state did, their state did. */
    private static final Set<SourceKind> STATE_SOURCES = Set.of(SourceKind.MINISTRY, SourceKind.GOVERNMENT,
            SourceKind.MILITARY);
    /** After a speaker: its speech verb, a few words ("on Monday"), and "it" or "they" that acted. */
    private static final Pattern SAID_IT = Pattern.compile("(?i)[,\\s]*(?:said|says|announced|stated|claimed|reported)"
            + "\\s+(?:[\\p{L}\\d]+\\s+){0,3}?(?:that\\s+)?(?:it|they)\\s");
    /** A heading: up to four words, the first capitalised, then a colon ("Movement of forces: "). */
    private static final Pattern HEADING = Pattern.compile("\\s*\\p{Lu}\\p{L}*(?:[ /-]\\p{L}+){0,3}:\\s");
    private static final String UNIDENTIFIED = "Unidentified Armed Group";

    private final ActorDictionary dictionary;
    private final ActorPeriods periods;
    private final Set<String> harmWords;
    /** "near", "outside", "targeting": the actor after them is where the violence was aimed. */
    private final Set<String> targetWords;
    private final Set<String> defenceWords;
    private final Set<String> supportWords;
    private final Set<String> activeParticiples;
    /** "when", "after", "as": a harm word before them is another clause's, not one the actor after them suffers. */
    private final Set<String> clauseOpeners;
    /** "spokesman", "official": a source phrase with one names a person speaking for an organisation. */
    private final Set<String> sourceRoles;
    /** "repelled an attack by ": the defence word (group 1) and an attack noun before the agent. */
    private final Pattern attackBy;
    /** "repelled an " before the author of an attack named before its noun ("repelled an IS attack"). */
    private static final Pattern DEFENCE_BEFORE = Pattern.compile("(?i)\\b(\\p{L}+)\\s+(?:an?|the)\\s+$");
    /** " attack": an attack noun right after the author ("an IS attack", "the militants' assault"). */
    private final Pattern attackAfter;
    /**
     * After an actor: auxiliaries and a participle ("were killed"), or a participle with no object ("wounded in");
     * the auxiliaries are {@code participle-auxiliaries.tsv}'s words.
     */
    private final Pattern passive;
    /** A form of "be" or "get" among the words before a participle: what makes it a passive. */
    private final Pattern beAuxiliary;

    /** The actors of one event, either possibly null. */
    public record Roles(Actor actor1, Actor actor2) {
    }

    /**
     * What the roles are read from.
     *
     * @param sentence    the evidence sentence
     * @param trigger     offset of the trigger in the sentence (0 if unknown)
     * @param following   the sentences after it that may still describe the event (a protest's police), or ""
     * @param countryHint ISO2 of the article's country, or null
     * @param country     the country name class actors are labelled with ("Civilians (Mali)"), or null
     * @param place       the event place (its country and admin1 say whether it lies on a front), or null
     * @param when        the event's date, else the article's publication date (which front period it falls in),
     *                    or null
     * @param sources     the sentence's words for the sources it cites ("a spokesman for the army"), as written
     * @param preceding   the sentence before it (the operation a shoot-out broke out in), or ""
     */
    public record Clause(String sentence, int trigger, String following, String countryHint, String country,
                         Place place, LocalDate when, List<String> sources, String preceding) {
        public Clause {
            sources = List.copyOf(sources);
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
        this.harmWords = Tsv.words(HARM_WORDS);
        this.targetWords = Tsv.words("/actors/target-words.tsv");
        this.defenceWords = Tsv.words(DEFENCE_WORDS);
        this.supportWords = Tsv.words(SUPPORT_WORDS);
        this.activeParticiples = Tsv.words(ACTIVE_PARTICIPLES);
        this.clauseOpeners = Tsv.words(CLAUSE_OPENERS);
        this.sourceRoles = Tsv.words(SourceWords.ROLES);
        List<String> nouns = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(ATTACK_NOUNS, 1)) {
            nouns.add(Pattern.quote(r.get(0).toLowerCase()));
        }
        List<String> auxiliaries = new ArrayList<>();
        List<String> passives = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(PARTICIPLE_AUXILIARIES, 2)) {
            String w = Pattern.quote(r.get(0).toLowerCase());
            switch (r.get(1)) {
                case "passive" -> passives.add(w);
                case "between" -> { }
                default -> throw new IllegalStateException(PARTICIPLE_AUXILIARIES + ":" + r.line()
                        + ": the second column is passive or between, not '" + r.get(1) + "'");
            }
            auxiliaries.add(w);
        }
        this.passive = Pattern.compile("(?i)^\\s*(?:\\([^)]*\\)\\s*)?((?:(?:" + String.join("|", auxiliaries) + ")\\s+)*)"
                + "(\\p{L}+)(\\s*(?:[,.;]|$|(?:in|by|at|during|when|after|as|near|on|while|following)\\b))?");
        this.beAuxiliary = Pattern.compile("(?i)\\b(?:" + String.join("|", passives) + ")\\b");
        this.attackAfter = Pattern.compile("(?i)^(?:'s?)?\\s+(?:" + String.join("|", nouns) + ")\\b");
        this.attackBy = Pattern.compile("(?i)\\b(\\p{L}+)\\s+(?:(?:an?|the|an?\\s+[\\p{L}-]+|the\\s+[\\p{L}-]+)\\s+)?(?:"
                + String.join("|", nouns) + ")\\s+(?:by|of|from|launched by)\\s+$");
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
        found = found.stream().filter(m -> !citedOnly(c, m.start(), m.end())).toList();
        Actor a1 = named(cited(actor1, c), found, c.sentence());
        Actor a2 = named(cited(actor2, c), found, c.sentence());
        Actor attacker = repelledAttacker(c.sentence(), found);
        if (attacker != null && !attacker.name().equals(a1 == null ? null : a1.name())) {
            // "troops repelled an attack by militants": the attackers started it
            Actor defender = a1;
            a1 = attacker;
            a2 = defender != null ? defender : a2 != null && a2.name().equals(attacker.name()) ? null : a2;
        }
        if (a1 != null && a2 != null) {
            return new Roles(a1, a2);
        }
        List<ActorMatch> agents = new ArrayList<>();
        List<ActorMatch> others = new ArrayList<>();
        List<ActorMatch> targets = new ArrayList<>();
        for (ActorMatch m : found) {
            if (m.countryUnknown()) {
                continue;
            }
            String before = c.sentence().substring(Math.max(0, m.start() - 40), m.start());
            String after = c.sentence().substring(m.end());
            java.util.regex.Matcher by = AGENT_BEFORE.matcher(before);
            if (by.find() && by.group(1) != null && supportWords.contains(by.group(1).toLowerCase())) {
                continue; // "backed by clan militias": a helper, in neither role
            } else if (by.find(0)) {
                agents.add(m);
            } else if (target(before, after)) {
                targets.add(m);
            } else {
                others.add(m);
            }
        }
        if (a1 == null) {
            a1 = first(agents, a2, false, 0, Integer.MAX_VALUE);
        }
        if (a1 == null) {
            a1 = speakerActing(c, a2);
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
        return new Roles(a1, a2);
    }

    /**
     * Whether the words at [start, end) lie inside a longer phrase that names a person speaking by their role in an
     * organisation ({@code source-roles.tsv}): "a spokesman for the X said" names who speaks, and X is no side of the
     * event for that (when X itself speaks, "X said it repelled the attack", X may well be one).
     */
    private boolean citedOnly(Clause c, int start, int end) {
        for (String s : c.sources()) {
            String phrase = s.strip();
            if (phrase.length() <= end - start || !hasRole(phrase)) {
                continue;
            }
            for (int i = c.sentence().indexOf(phrase); i >= 0; i = c.sentence().indexOf(phrase, i + 1)) {
                if (i <= start && end <= i + phrase.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean hasRole(String phrase) {
        java.util.regex.Matcher w = WORD.matcher(phrase);
        while (w.find()) {
            if (sourceRoles.contains(w.group().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker that says it acted, or null: "the Kenyan Defence Ministry said on Monday it had opened a corridor" -
     * the ministry's state opened it. Only a cited source phrase right before a speech verb and "it" or "they".
     */
    private Actor speakerActing(Clause c, Actor other) {
        for (String s : c.sources()) {
            String phrase = s.strip();
            int at = phrase.isEmpty() ? -1 : c.sentence().indexOf(phrase);
            if (at < 0 || !SAID_IT.matcher(c.sentence().substring(at + phrase.length())).lookingAt()) {
                continue;
            }
            Actor a = dictionary.normalize(phrase, c.countryHint()).orElse(null);
            if (a == null && STATE_SOURCES.contains(dictionary.describeSource(phrase, c.countryHint()).kind())) {
                a = governmentOf(phrase, c.countryHint());
            }
            if (a != null && (other == null || !a.name().equals(other.name()))) {
                return a;
            }
        }
        return null;
    }

    /** "the Kenyan Defence Ministry": the government of the country the phrase names, or null. */
    private Actor governmentOf(String phrase, String hint) {
        java.util.regex.Matcher w = WORD.matcher(phrase);
        while (w.find()) {
            if (dictionary.countryOf(w.group()).isPresent()) {
                Actor g = dictionary.normalize(w.group() + " government", hint).orElse(null);
                return g == null ? null : new Actor(g.name(), g.type(), phrase);
            }
        }
        return null;
    }

    /** A side the extractor read whose words are only a source's organisation ("a spokesman for X"): none. */
    private Actor cited(Actor a, Clause c) {
        if (a == null || a.text() == null || a.text().isBlank()) {
            return a;
        }
        int at = c.sentence().indexOf(a.text());
        return at >= 0 && citedOnly(c, at, at + a.text().length()) ? null : a;
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

    /**
     * An unidentified actor whose words are part of a named one the sentence has: the parser cut "IS militants" to
     * "militants"; the sentence's "IS militants" is the Islamic State.
     */
    private static Actor named(Actor a, List<ActorMatch> found, String sentence) {
        if (a == null || a.text() == null || !a.name().startsWith(UNIDENTIFIED)) {
            return a;
        }
        int at = a.text().isEmpty() ? -1 : sentence.indexOf(a.text());
        for (ActorMatch m : found) {
            if (m.generic()) {
                continue;
            }
            if (m.text().length() > a.text().length() && m.text().endsWith(a.text())
                    || at >= 0 && namesTheNoun(sentence, m, at, at + a.text().length())) {
                return new Actor(m.actor().name(), m.actor().type(), a.text());
            }
        }
        return a;
    }

    /**
     * Whether a named group stands right before the armed noun of the words at [start, end): "Taliban" before
     * "militants", "two HM militants" - the group's name, one space, the noun the words end with or go on from,
     * with at most a number or determiner before the name.
     */
    private static boolean namesTheNoun(String sentence, ActorMatch m, int start, int end) {
        boolean before = m.end() + 1 == start && sentence.charAt(m.end()) == ' ';
        boolean inside = m.start() > start && m.end() <= end
                && sentence.substring(start, m.start()).strip().split("\\s+").length <= 1
                && (m.end() == end || sentence.charAt(m.end()) == ' ' && m.end() + 1 < end
                && Character.isLowerCase(sentence.charAt(m.end() + 1)));
        return before || inside;
    }

    /** The actor after "repelled an attack by", or between "repelled an" and "attack", or null. */
    private Actor repelledAttacker(String sentence, List<ActorMatch> found) {
        for (ActorMatch m : found) {
            String before = sentence.substring(Math.max(0, m.start() - 60), m.start());
            java.util.regex.Matcher k = attackBy.matcher(before);
            if (k.find() && defenceWords.contains(k.group(1).toLowerCase())) {
                return m.actor();
            }
            java.util.regex.Matcher d = DEFENCE_BEFORE.matcher(before);
            if (d.find() && defenceWords.contains(d.group(1).toLowerCase())
                    && attackAfter.matcher(sentence.substring(m.end())).find()) {
                return m.actor();
            }
        }
        return null;
    }

    /** Whether the actor between {@code before} and {@code after} is acted upon. */
    private boolean target(String before, String after) {
        java.util.regex.Matcher p = passive.matcher(after);
        if (p.find() && harmWords.contains(p.group(2).toLowerCase())) {
            // "3 soldiers were killed", "civilians wounded in": a passive. "Militants reportedly attacked",
            // "gunmen have killed", "troops fired at": an adverb or a perfect makes no passive, and some harm words
            // are only ever the actor's own act when no auxiliary comes before them
            boolean auxiliary = beAuxiliary.matcher(p.group(1)).find();
            boolean bare = p.group(3) != null && !activeParticiples.contains(p.group(2).toLowerCase());
            if (auxiliary || bare) {
                return true;
            }
        }
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher w = WORD.matcher(before);
        while (w.find()) {
            words.add(w.group().toLowerCase());
        }
        for (int i = words.size() - 1; i >= Math.max(0, words.size() - 4); i--) {
            if (clauseOpeners.contains(words.get(i))) {
                return false; // "2 soldiers were killed when militants stormed the post": the militants act
            }
            if (harmWords.contains(words.get(i)) || targetWords.contains(words.get(i))) {
                return true; // "killing 2 regime soldiers", "an attack against army positions", "near a police vehicle"
            }
        }
        return false;
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
