package org.sitrep.annotate;

import java.util.List;

/**
 * Decides which sentences get the expensive annotators (NER, SUTime, number normalization, dependency
 * parse). Given lower-cased words and lemmas of one sentence. The pipeline passes the extract stage's
 * trigger lexicon here, so sentences that cannot report an event cost only tokenize, POS and lemma.
 */
@FunctionalInterface
public interface SentenceSelector {
    boolean needsDeep(List<String> words, List<String> lemmas);

    /** Deep annotation everywhere: the bare-NLP baseline. */
    SentenceSelector ALL = (w, l) -> true;
}
