package org.sitrep.resolve.actor;

import edu.stanford.nlp.process.Morphology;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;
import org.sitrep.model.Actor;

/**
 * What the sources a sentence cites say about its sides: an organisation named only as the employer of a person who
 * speaks ("a spokesman for X said") is no side; a state's source saying "it" acted names its state as actor1.
 * Stateless and thread-safe.
 */
final class CitedSources {
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    /** Sources that speak for a state: what they say the state did, their state did. */
    private static final Set<SourceKind> STATE_SOURCES = Set.of(SourceKind.MINISTRY, SourceKind.GOVERNMENT,
            SourceKind.MILITARY);
    static final String SPEECH = "/lexicon/speech.tsv";
    /**
     * After a speaker: a word (group 1, its speech verb), a few words ("on Monday"), and "it" or "they" that acted.
     */
    private static final Pattern SAID_IT = Pattern.compile("(?i)[,\\s]*(\\p{L}+)"
            + "\\s+(?:[\\p{L}\\d]+\\s+){0,3}?(?:that\\s+)?(?:it|they)\\s");

    private final ActorDictionary dictionary;
    /** "spokesman", "official": a source phrase with one names a person speaking for an organisation. */
    private final Set<String> sourceRoles;
    /** "say", "announce", "claim": the lemmas of {@code speech.tsv} whose subject is the source (kind say). */
    private final Set<String> speechVerbs;

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
        Matcher w = WORD.matcher(phrase);
        while (w.find()) {
            if (sourceRoles.contains(w.group().toLowerCase())) {
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
            if (at < 0 || !saysIt(c.sentence().substring(at + phrase.length()))) {
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

    /** Whether the words after a speaker are its speech verb and "it" or "they" ("said on Monday it had ..."). */
    private boolean saysIt(String after) {
        Matcher m = SAID_IT.matcher(after);
        // a verb's lemma whatever its form ("said", "says", "announced"); the tag only tells Morphology it is a verb
        return m.lookingAt() && speechVerbs.contains(Morphology.lemmaStatic(m.group(1).toLowerCase(), "VBD"));
    }

    /** "the Kenyan Defence Ministry": the government of the country the phrase names, or null. */
    private Actor governmentOf(String phrase, String hint) {
        Matcher w = WORD.matcher(phrase);
        while (w.find()) {
            if (dictionary.countryOf(w.group()).isPresent()) {
                Actor g = dictionary.normalize(w.group() + " government", hint).orElse(null);
                return g == null ? null : new Actor(g.name(), g.type(), phrase);
            }
        }
        return null;
    }
}
