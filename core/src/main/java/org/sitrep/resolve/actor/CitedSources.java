package org.sitrep.resolve.actor;

import edu.stanford.nlp.process.Morphology;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.common.Tsv;
import org.sitrep.model.Actor;

/**
 * What the sources a sentence cites say about its sides: an organisation named only as the employer of a person who
 * speaks ("a spokesman for X said") is no side; a state's source saying "it" acted names its state as actor1.
 * Stateless and thread-safe.
 */
final class CitedSources {
    /** Sources that speak for a state: what they say the state did, their state did. */
    private static final Set<SourceKind> STATE_SOURCES = Set.of(SourceKind.MINISTRY, SourceKind.GOVERNMENT,
            SourceKind.MILITARY);
    static final String SPEECH = "/lexicon/speech.tsv";
    static final String SPEAKER_PRONOUNS = "/actors/speaker-pronouns.tsv";
    /** The words a speaker's verb may have before the pronoun that acted ("said on Monday it"). */
    private static final int WORDS_BEFORE_PRONOUN = 3;

    private final ActorDictionary dictionary;
    /** "spokesman", "official": a source phrase with one names a person speaking for an organisation. */
    private final Set<String> sourceRoles;
    /** "say", "announce", "claim": the lemmas of {@code speech.tsv} whose subject is the source (kind say). */
    private final Set<String> speechVerbs;
    /** "it", "they": a speaker saying one of these after its verb says it acted itself. */
    private final Set<String> pronouns;

    CitedSources(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.sourceRoles = Tsv.words(SourceWords.ROLES);
        Set<String> verbs = new HashSet<>();
        for (Tsv.Row r : Tsv.read(SPEECH, 2)) {
            if (r.get(1).equals("say")) {
                verbs.add(r.get(0));
            }
        }
        this.speechVerbs = Set.copyOf(verbs);
        this.pronouns = Tsv.words(SPEAKER_PRONOUNS);
    }

    /**
     * Whether the words at [start, end) lie inside a longer phrase that names a person speaking by their role in an
     * organisation ({@code source-roles.tsv}): "a spokesman for the X said" names who speaks, and X is no side of the
     * event for that (when X itself speaks, "X said it repelled the attack", X may well be one).
     */
    boolean citedOnly(ActorRoles.Clause c, int start, int end) {
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
        for (Token t : Token.tokenize(phrase)) {
            if (sourceRoles.contains(t.baseNorm())) {
                return true;
            }
        }
        return false;
    }

    /** A side the extractor read whose words are only a source's organisation ("a spokesman for X"): none. */
    Actor cited(Actor a, ActorRoles.Clause c) {
        if (a == null || a.text() == null || a.text().isBlank()) {
            return a;
        }
        int at = c.sentence().indexOf(a.text());
        return at >= 0 && citedOnly(c, at, at + a.text().length()) ? null : a;
    }

    /**
     * The speaker that says it acted, or null: "the Kenyan Defence Ministry said on Monday it had opened a corridor" -
     * the ministry's state opened it. Only a cited source phrase right before a speech verb and "it" or "they".
     */
    Actor speakerActing(ActorRoles.Clause c, Actor other) {
        for (String s : c.sources()) {
            String phrase = s.strip();
            int at = phrase.isEmpty() ? -1 : c.sentence().indexOf(phrase);
            if (at < 0 || !saysIt(c.sentence(), at + phrase.length())) {
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

    /**
     * Whether the words after a speaker, from {@code from}, are its speech verb, at most three words, an optional
     * "that", and a pronoun of {@code speaker-pronouns.tsv} ("said on Monday it had ..."): each word apart from the
     * next by white space only, the verb after commas and spaces only.
     */
    private boolean saysIt(String text, int from) {
        List<Token> toks = Token.tokenize(text.substring(from));
        String gap = toks.isEmpty() ? "" : text.substring(from, from + toks.get(0).start());
        if (toks.size() < 2 || !gap.chars().allMatch(ch -> ch == ',' || Gaps.isSpace((char) ch))) {
            return false;
        }
        String rest = text.substring(from);
        Token verb = toks.get(0);
        // a verb's lemma whatever its form ("said", "says", "announced"); the tag only tells Morphology it is a verb
        if (!letters(verb) || !speechVerbs.contains(Morphology.lemmaStatic(verb.raw().toLowerCase(), "VBD"))) {
            return false;
        }
        for (int i = 1; i < toks.size() && i <= WORDS_BEFORE_PRONOUN + 1; i++) {
            if (!Gaps.spaces(rest, toks.get(i - 1).end(), toks.get(i).start())) {
                return false;
            }
            if (pronounAt(rest, toks, i) || "that".equalsIgnoreCase(toks.get(i).raw()) && i + 1 < toks.size()
                    && Gaps.spaces(rest, toks.get(i).end(), toks.get(i + 1).start()) && pronounAt(rest, toks, i + 1)) {
                return true;
            }
            if (!toks.get(i).raw().chars().allMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return false;
    }

    /** Whether token {@code i} is a speaker's pronoun with white space after it. */
    private boolean pronounAt(String text, List<Token> toks, int i) {
        Token t = toks.get(i);
        return pronouns.contains(t.raw().toLowerCase()) && t.end() < text.length() && Gaps.isSpace(text.charAt(t.end()));
    }

    private static boolean letters(Token t) {
        return t.raw().chars().allMatch(Character::isLetter);
    }

    /** "the Kenyan Defence Ministry": the government of the country the phrase names, or null. */
    private Actor governmentOf(String phrase, String hint) {
        for (Token t : Token.tokenize(phrase)) {
            String word = phrase.substring(t.start(), t.baseEnd());
            if (dictionary.countryOf(word).isPresent()) {
                Actor g = dictionary.normalize(word + " government", hint).orElse(null);
                return g == null ? null : new Actor(g.name(), g.type(), phrase);
            }
        }
        return null;
    }
}
