package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.model.Qualifier;
import org.sitrep.pipeline.TestPipeline;

/** A group's acronym spelt like a verb is tagged a proper noun in mixed-case text. Sentences written for this test. */
class AcronymTagsTest {
    private static List<CoreLabel> tagged(String text) {
        Annotation doc = new Annotation(text);
        Annotator.lineSplitter().annotate(doc);
        PosTagger.memoized().annotate(doc);
        CoreMap s = doc.get(CoreAnnotations.SentencesAnnotation.class).get(0);
        List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
        AcronymTags.retag(tokens);
        return tokens;
    }

    private static String tagOf(List<CoreLabel> tokens, String word) {
        return tokens.stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().tag();
    }

    @Test
    void anAcronymSpeltLikeAVerbIsAName() {
        List<CoreLabel> ts = tagged("Militiamen killed 12 IS fighters in the hills east of Tarvik.");
        assertThat(tagOf(ts, "IS")).isEqualTo("NNP");
        assertThat(tagOf(ts, "killed")).isEqualTo("VBD");
    }

    @Test
    void theVerbInLowerCaseKeepsItsTag() {
        List<CoreLabel> ts = tagged("The road to Tarvik is closed after IS fighters attacked a checkpoint.");
        assertThat(tagOf(ts, "is")).isEqualTo("VBZ");
        assertThat(tagOf(ts, "IS")).isEqualTo("NNP");
    }

    @Test
    void aSentenceInCapitalsThroughoutKeepsItsTags() {
        List<CoreLabel> ts = tagged("THE ROAD IS CLOSED");
        assertThat(tagOf(ts, "IS")).startsWith("VB");
    }

    @Test
    void aKillingOfTheGroupsFightersIsReadWithItsToll() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 March 2021, an army sweep in the hills east of "
                + "Tarvik left four IS fighters dead.");
        assertThat(ms).isNotEmpty();
        assertThat(ms.get(0).counts().get(CountRole.FATALITIES)).isEqualTo(new Count(4L, Qualifier.EXACT, "four IS fighters"));
    }
}
