package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * Acronyms the tagger reads as verbs. A group's short name written in capitals can be spelt like a verb ("IS"
 * for the Islamic State): the tagger, trained on text where such names are rare, tags it VBZ, and the parse
 * then hangs the sentence on a copula and loses its killing. In a sentence written in
 * mixed case, a word of two or more capital letters is never the verb itself (a verb is written "is", or "Is"
 * at the start), so such a word tagged as a verb or modal is retagged a proper noun before the lemmatiser and
 * the parser read it. A sentence in capitals throughout (a headline) keeps its tags: there the capitals say nothing.
 * Stateless.
 */
final class AcronymTags {
    private AcronymTags() {
    }

    /** Retags, in place, the verb-tagged words in capitals of a mixed-case sentence as proper nouns (NNP). */
    static void retag(List<CoreLabel> tokens) {
        if (!mixedCase(tokens)) {
            return;
        }
        for (CoreLabel t : tokens) {
            String tag = t.tag();
            if (tag != null && (tag.startsWith("VB") || tag.equals("MD")) && capitals(t.word())) {
                t.setTag("NNP");
            }
        }
    }

    /** Whether some word of two or more letters has a lower-case letter. */
    private static boolean mixedCase(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String w = t.word();
            if (w.length() >= 2 && !w.equals(w.toUpperCase())) {
                return true;
            }
        }
        return false;
    }

    /** Two or more letters, all capitals, nothing else. */
    private static boolean capitals(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }
}
