package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The full pipeline's scoring and CoreNLP's own annotator, on the one loaded model, tag alike. */
class PosTaggerTest {
    private static final String TEXT = String.join("\n",
            "Rebels shelled the Harnovi barracks overnight, killing three soldiers and wounding 11.",
            "Riot police dispersed some 400 striking dockworkers with tear gas outside the port authority.",
            "Two ex-militiamen were detained on 14 March after a grenade attack on a polling station.");

    private static Annotation split() {
        Annotation doc = new Annotation(TEXT);
        Annotator.lineSplitter().annotate(doc);
        return doc;
    }

    private static List<List<String>> tags(Annotation doc) {
        List<List<String>> out = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<String> tags = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tags.add(t.tag());
            }
            out.add(tags);
        }
        return out;
    }

    @Test
    void stockAnnotatorAndMemoizedScoringGiveTheSameTags() {
        Annotation byStock = split();
        PosTagger.stock().annotate(byStock);
        Annotation byMemo = split();
        PosTagger.memoized().annotate(byMemo);

        List<List<String>> stock = tags(byStock);
        assertThat(stock).hasSize(3);
        assertThat(stock.get(0)).startsWith("NNS", "VBD", "DT", "NNP");
        assertThat(stock.get(1)).contains("CD");
        assertThat(tags(byMemo)).isEqualTo(stock);
    }
}
