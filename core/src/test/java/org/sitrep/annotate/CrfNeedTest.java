package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.pipeline.TestPipeline;

/** The CRF runs on a deep sentence only when it holds a capitalised word the tagger does not call a proper noun. */
class CrfNeedTest {
    private static CoreMap sentence(String... wordTag) {
        List<CoreLabel> toks = new ArrayList<>();
        for (int i = 0; i + 1 < wordTag.length; i += 2) {
            CoreLabel t = new CoreLabel();
            t.setWord(wordTag[i]);
            t.setTag(wordTag[i + 1]);
            toks.add(t);
        }
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TokensAnnotation.class, toks);
        return s;
    }

    @Test
    void aCapitalisedWordNotTaggedAsProperNounNeedsTheCrf() {
        // "Al-Hamra" read as an adjective: only the CRF can call it a place
        assertThat(CrfNeed.needs(sentence("Gunmen", "NNS", "attacked", "VBD", "a", "DT", "checkpoint", "NN",
                "near", "IN", "Al-Hamra", "JJ", ".", "."))).isTrue();
    }

    @Test
    void properNounsAndTheFirstWordDoNot() {
        assertThat(CrfNeed.needs(sentence("Rebels", "NNS", "shelled", "VBD", "Kidal", "NNP", "on", "IN",
                "Monday", "NNP", ".", "."))).isFalse();
        assertThat(CrfNeed.needs(sentence("Two", "CD", "soldiers", "NNS", "died", "VBD", ".", "."))).isFalse();
    }

    @Test
    void aSentenceWithoutTheCrfKeepsItsNumbersAndDates() {
        var article = new Ingest().readString("crf", "Gunmen killed three farmers near Kidal on 4 May 2021.",
                LocalDate.of(2021, 5, 6)).articles().get(0);
        Sentence s = TestPipeline.get().annotate(article).sentences().get(0);
        assertThat(s.deep()).isTrue();
        List<Token> t = s.tokens();
        assertThat(t.get(2).word()).isEqualTo("three");
        assertThat(t.get(2).ner()).isEqualTo("NUMBER");
        assertThat(t.get(2).normalized()).isEqualTo("3.0");
        assertThat(s.times()).hasSize(1);
        assertThat(s.times().get(0).value()).isEqualTo("2021-05-04");
    }
}
