package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * Whether a deep sentence needs the NER CRF. Its names are read for capitalised words the POS tagger does not call
 * proper nouns (the place spotter takes a LOCATION there: "Ar-Raqqa", "Ciudad Bolivar"); a word the tagger calls a
 * proper noun is a name to every reader already. Measured per sentence on the ACLED 1,000 sample: the CRF's names
 * changed the mentions of 11 of 1,086 named sentences, every one holding such a word, while sentences without one hold
 * 69% of the deep tokens (docs/benchmarks.md, sixth round).
 */
final class CrfNeed {
    private CrfNeed() {
    }

    /** A word after the first, capitalised and not tagged as a proper noun. */
    static boolean needs(CoreMap sentence) {
        List<CoreLabel> toks = sentence.get(CoreAnnotations.TokensAnnotation.class);
        for (int i = 1; i < toks.size(); i++) {
            CoreLabel t = toks.get(i);
            String tag = t.tag();
            if (!t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0)) && (tag == null || !tag.startsWith("NNP"))) {
                return true;
            }
        }
        return false;
    }
}
