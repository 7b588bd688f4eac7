package org.sitrep.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Everything the extract components read about one sentence, computed once: its parse, lower-case words
 * and lemmas, context cues, attribution, and whether the sentence before reported violence. Immutable.
 *
 * @param followsViolence the sentence before yielded a violent event: "2 civilians were killed" then belongs to it
 */
record SentenceContext(Sentence sentence, Syntax syntax, List<String> words, List<String> lemmas, Set<Cue> cues,
                       AttributionReader.Attribution attribution, boolean followsViolence) {
    SentenceContext {
        words = List.copyOf(words);
        lemmas = List.copyOf(lemmas);
        cues = cues.isEmpty() ? Set.of() : Set.copyOf(cues);
    }

    static SentenceContext of(Sentence s, boolean followsViolence, Lexicon lex, AttributionReader attribution) {
        List<String> lemmas = lowerLemmas(s);
        List<String> words = lowerWords(s);
        Syntax syn = new Syntax(s);
        Set<Cue> cues = EnumSet.noneOf(Cue.class);
        for (PhraseMatcher.Match<Cue> m : lex.cues.find(lemmas, words)) {
            if (m.value() != Cue.TOTAL_TO_DATE) {
                cues.add(m.value());
            } else if (opensWithDate(s, m)) {
                cues.add(Cue.AGGREGATE); // "Until 8 June, 412 inmates had been freed": a total up to that day
            }
        }
        return new SentenceContext(s, syn, words, lemmas, cues, attribution.read(s, syn, lemmas, words), followsViolence);
    }

    /**
     * The phrase opens the sentence and a date follows it: "until" ending a hold ("held them until soldiers
     * came") or a fight ("clashed until dawn") is no running total.
     */
    private static boolean opensWithDate(Sentence s, PhraseMatcher.Match<Cue> m) {
        return m.start() == 0 && s.times().stream().anyMatch(t -> t.firstToken() == m.end() && "DATE".equals(t.type()));
    }

    String lemma(int i) {
        return lemmas.get(i);
    }

    /** The sentence's words in lower case, as the lexicons' phrase matchers read them. */
    static List<String> lowerWords(Sentence s) {
        List<String> words = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
            words.add(t.word().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * The sentence's lemmas in lower case; a token without a lemma (not deep-annotated) stands as its word, a
     * misspelt word (lexicon/misspellings.tsv) as the word meant.
     */
    static List<String> lowerLemmas(Sentence s) {
        Lexicon lex = Lexicon.get();
        List<String> lemmas = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
            String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
            lemmas.add(lex.meant(lemma));
        }
        return lemmas;
    }
}
