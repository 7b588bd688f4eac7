package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's sentences cut into runs that {@link SentenceHelpers} can hand to idle cores. A run is annotated by one
 * call of each annotator, whose set-up is paid per call, so a run holds at least a minimum of tokens: enough to make
 * that set-up small, few enough that a long article spreads over the cores.
 */
final class SentenceParts {
    /** Tokens a run of the cheap pass (POS tags, lemmas, the selector) holds at least. */
    static final int CHEAP_TOKENS = 150;
    /** Tokens a run of the deep pass's time expressions and NER holds at least. */
    static final int DEEP_TOKENS = 80;

    private SentenceParts() {
    }

    /** Sentences {@code from} (inclusive) to {@code to} (exclusive) of a list. */
    record Part(int from, int to) {
    }

    /**
     * The sentences in order, cut after each run of at least {@code minTokens} tokens; the last run may hold fewer.
     * None for no sentences; one for all when they hold fewer than {@code minTokens}.
     */
    static List<Part> of(List<CoreMap> sentences, int minTokens) {
        List<Part> parts = new ArrayList<>();
        int from = 0;
        long tokens = 0;
        for (int i = 0; i < sentences.size(); i++) {
            tokens += sentences.get(i).get(CoreAnnotations.TokensAnnotation.class).size();
            if (tokens >= minTokens) {
                parts.add(new Part(from, i + 1));
                from = i + 1;
                tokens = 0;
            }
        }
        if (from < sentences.size()) {
            parts.add(new Part(from, sentences.size()));
        }
        return parts;
    }
}
