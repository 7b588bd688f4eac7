package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;

/**
 * Whether an actor the sentence names is acted upon, from the words around it: a passive harm participle after it
 * ("3 soldiers were killed"), or a harm or target word shortly before it ("killing 2 regime soldiers", "an attack
 * against army positions"). Stateless and thread-safe.
 */
final class TargetCues {
    static final String HARM_WORDS = "/actors/harm-words.tsv";
    static final String ACTIVE_PARTICIPLES = "/actors/active-participles.tsv";
    static final String CLAUSE_OPENERS = "/lexicon/clause-openers.tsv";
    static final String PARTICIPLE_AUXILIARIES = "/actors/participle-auxiliaries.tsv";
    /** Heads naming an armed force's sites ("checkpoint", "convoy"): the typing stage's list of the same concept. */
    static final String FORCE_SITES = "/lexicon/military-targets.tsv";
    static final String SITE_PREPOSITIONS = "/actors/site-prepositions.tsv";
    static final String ADJUNCT_OPENERS = "/actors/adjunct-openers.tsv";
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    /** "a", "the", "its": the determiners that open a noun phrase, the count stage's list of the same words. */
    static final String DETERMINERS = "/lexicon/singular-determiners.tsv";
    /** The noun right after an actor ("army checkpoint"), one space between. */
    private static final Pattern SITE_AFTER = Pattern.compile(" (\\p{L}+)\\b");

    private final Set<String> harmWords;
    /** "near", "outside", "targeting": the actor after them is where the violence was aimed. */
    private final Set<String> targetWords;
    private final Set<String> activeParticiples;
    /** "when", "after", "as": a harm word before them is another clause's, not one the actor after them suffers. */
    private final Set<String> clauseOpeners;
    /** "checkpoint", "convoy", "post": an actor right before one names whose site was hit, not who hit it. */
    private final Set<String> forceSites;
    /** "at", "into": the preposition of the site an attack was aimed at, before the site's force. */
    private final Set<String> sitePrepositions;
    /**
     * After an actor: auxiliaries and a participle ("were killed"), or a participle with no object ("wounded in");
     * the auxiliaries are {@code participle-auxiliaries.tsv}'s words.
     */
    private final Pattern passive;
    /** A form of "be" or "get" among the words before a participle: what makes it a passive. */
    private final Pattern beAuxiliary;
    /** The preposition (group 1) right before an actor, with at most one determiner between ("at an "). */
    private final Pattern siteBefore;

    TargetCues() {
        this.harmWords = Tsv.words(HARM_WORDS);
        this.targetWords = Tsv.words("/actors/target-words.tsv");
        this.activeParticiples = Tsv.words(ACTIVE_PARTICIPLES);
        this.clauseOpeners = Tsv.words(CLAUSE_OPENERS);
        this.forceSites = Tsv.words(FORCE_SITES);
        this.sitePrepositions = Tsv.words(SITE_PREPOSITIONS);
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
        List<String> openers = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(ADJUNCT_OPENERS, 1)) {
            openers.add(Pattern.quote(r.get(0).toLowerCase()));
        }
        this.passive = Pattern.compile("(?i)^\\s*(?:\\([^)]*\\)\\s*)?((?:(?:" + String.join("|", auxiliaries) + ")\\s+)*)"
                + "(\\p{L}+)(\\s*(?:[,.;]|$|(?:" + String.join("|", openers) + ")\\b))?");
        this.beAuxiliary = Pattern.compile("(?i)\\b(?:" + String.join("|", passives) + ")\\b");
        this.siteBefore = Pattern.compile("(?i)\\b(\\p{L}+)\\s+(?:(?:" + determiners() + ")\\s+)?$");
    }

    /** The determiners of {@link #DETERMINERS} as a regular-expression alternation ("a|an|the|..."). */
    static String determiners() {
        List<String> words = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(DETERMINERS, 1)) {
            words.add(Pattern.quote(r.get(0).toLowerCase()));
        }
        return String.join("|", words);
    }

    /** Whether the actor between {@code before} and {@code after} is acted upon. */
    boolean actedUpon(String before, String after) {
        Matcher p = passive.matcher(after);
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
        Matcher site = SITE_AFTER.matcher(after);
        Matcher into = siteBefore.matcher(before);
        if (site.lookingAt() && forceSites.contains(site.group(1).toLowerCase()) && into.find()
                && sitePrepositions.contains(into.group(1).toLowerCase())) {
            return true; // "blew himself up at an army checkpoint", "rammed a truck into a police convoy"
        }
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(before);
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
}
