package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    /** "a", "the", "its": the determiners that open a noun phrase, the count stage's list of the same words. */
    static final String DETERMINERS = "/lexicon/singular-determiners.tsv";

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
    /** "were", "have", "reportedly": the words that may stand between an actor and its participle. */
    private final Set<String> auxiliaries;
    /** "were", "got": a form of "be" or "get" among them is what makes a participle a passive. */
    private final Set<String> passives;
    /** "in", "by", "when": a participle right before one of these has no object ("wounded in"). */
    private final Set<String> adjunctOpeners;
    /** "a", "the", "its": a determiner may stand between a site preposition and the site's force. */
    private final Set<String> determiners;

    TargetCues() {
        this.harmWords = Tsv.words(HARM_WORDS);
        this.targetWords = Tsv.words("/actors/target-words.tsv");
        this.activeParticiples = Tsv.words(ACTIVE_PARTICIPLES);
        this.clauseOpeners = Tsv.words(CLAUSE_OPENERS);
        this.forceSites = Tsv.words(FORCE_SITES);
        this.sitePrepositions = Tsv.words(SITE_PREPOSITIONS);
        this.adjunctOpeners = Tsv.words(ADJUNCT_OPENERS);
        this.determiners = Tsv.words(DETERMINERS);
        Set<String> all = new HashSet<>();
        Set<String> be = new HashSet<>();
        for (Tsv.Row r : Tsv.read(PARTICIPLE_AUXILIARIES, 2)) {
            String w = r.get(0).toLowerCase(Locale.ROOT);
            switch (r.get(1)) {
                case "passive" -> be.add(w);
                case "between" -> { }
                default -> throw new IllegalStateException(PARTICIPLE_AUXILIARIES + ":" + r.line()
                        + ": the second column is passive or between, not '" + r.get(1) + "'");
            }
            all.add(w);
        }
        this.auxiliaries = Set.copyOf(all);
        this.passives = Set.copyOf(be);
    }

    /** The determiners of {@link #DETERMINERS} as a regular-expression alternation ("a|an|the|..."). */
    static String determiners() {
        List<String> words = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(DETERMINERS, 1)) {
            words.add(Pattern.quote(r.get(0).toLowerCase()));
        }
        return String.join("|", words);
    }

    /**
     * Whether the actor at [{@code start}, {@code end}) of {@code text} ({@code toks} its words) is acted upon: a
     * passive harm participle after it, a site of its force after it with a site preposition before it, or a harm or
     * target word among the four words before it with no clause opener between.
     */
    boolean actedUpon(String text, List<Token> toks, int start, int end) {
        int next = firstFrom(toks, end);
        int last = lastBefore(toks, start);
        if (passive(text, toks, end, next)) {
            return true;
        }
        if (next >= 0 && toks.get(next).start() == end + 1 && text.charAt(end) == ' '
                && forceSites.contains(base(text, toks.get(next))) && sitePrepositions.contains(siteWordBefore(text, toks, start, last))) {
            return true; // "blew himself up at an army checkpoint", "rammed a truck into a police convoy"
        }
        int seen = 0;
        for (int i = last; i >= 0 && seen < 4; i--) {
            String w = word(toks.get(i));
            if (w.isEmpty()) {
                continue; // a number is no word of the four
            }
            seen++;
            if (clauseOpeners.contains(w)) {
                return false; // "2 soldiers were killed when militants stormed the post": the militants act
            }
            if (harmWords.contains(w) || targetWords.contains(w)) {
                return true; // "killing 2 regime soldiers", "an attack against army positions", "near a police vehicle"
            }
        }
        return false;
    }

    /**
     * After an actor ending at {@code end}: an optional bracket, auxiliaries and a harm participle ("were killed"), or
     * a harm participle with no object ("wounded in", "killed,"). "Militants reportedly attacked", "gunmen have
     * killed", "troops fired at": an adverb or a perfect makes no passive, and some harm words are only ever the
     * actor's own act when no auxiliary comes before them.
     */
    private boolean passive(String text, List<Token> toks, int end, int next) {
        int at = Gaps.spaceAfter(text, end);
        int i = next;
        if (at < text.length() && text.charAt(at) == '(') {
            int close = text.indexOf(')', at);
            if (close < 0) {
                return false;
            }
            at = Gaps.spaceAfter(text, close + 1);
            i = firstFrom(toks, at);
        }
        boolean auxiliary = false;
        while (i >= 0 && i < toks.size() && toks.get(i).start() == at && auxiliaries.contains(word(toks.get(i)))
                && Gaps.spaces(text, toks.get(i).end(), Gaps.spaceAfter(text, toks.get(i).end()))) {
            auxiliary |= passives.contains(word(toks.get(i)));
            at = Gaps.spaceAfter(text, toks.get(i).end());
            i++;
        }
        if (i < 0 || i >= toks.size() || toks.get(i).start() != at || !harmWords.contains(word(toks.get(i)))) {
            return false;
        }
        return auxiliary || noObject(text, toks, i) && !activeParticiples.contains(word(toks.get(i)));
    }

    /** Whether the participle at token {@code i} ends a clause or opens an adjunct: "," "." ";", the end, "in". */
    private boolean noObject(String text, List<Token> toks, int i) {
        int at = Gaps.spaceAfter(text, toks.get(i).end());
        if (at >= text.length()) {
            return true;
        }
        char ch = text.charAt(at);
        if (ch == ',' || ch == '.' || ch == ';') {
            return true;
        }
        return i + 1 < toks.size() && toks.get(i + 1).start() == at && adjunctOpeners.contains(word(toks.get(i + 1)));
    }

    /** The word before an actor at {@code start}, past one determiner ("at an "), or "" when punctuation stands there. */
    private String siteWordBefore(String text, List<Token> toks, int start, int last) {
        if (last < 0 || !Gaps.spaces(text, toks.get(last).end(), start)) {
            return "";
        }
        if (last >= 1 && determiners.contains(word(toks.get(last)))
                && Gaps.spaces(text, toks.get(last - 1).end(), toks.get(last).start())) {
            return word(toks.get(last - 1));
        }
        return word(toks.get(last));
    }

    /** A token in lower case, or "" for a token that is no word of letters (a number, "5th"). */
    private static String word(Token t) {
        return t.raw().chars().anyMatch(Character::isLetter) && t.raw().chars().noneMatch(Character::isDigit)
                ? t.raw().toLowerCase(Locale.ROOT) : "";
    }

    /** A token without its possessive ending, in lower case ("checkpoint's" -> "checkpoint"). */
    private static String base(String text, Token t) {
        return text.substring(t.start(), t.baseEnd()).toLowerCase(Locale.ROOT);
    }

    /** The last token ending at or before {@code at}, or -1. */
    static int lastBefore(List<Token> toks, int at) {
        int k = -1;
        for (int i = 0; i < toks.size() && toks.get(i).end() <= at; i++) {
            k = i;
        }
        return k;
    }

    /** The first token starting at or after {@code at}, or -1. */
    static int firstFrom(List<Token> toks, int at) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() >= at) {
                return i;
            }
        }
        return -1;
    }
}
