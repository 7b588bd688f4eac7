package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reordered scoring gives exactly CoreNLP's parses, also when threads share it. */
class TransposedClassifierTest {
    private static final String TEXT = String.join("\n",
            "Gunmen on motorbikes killed 14 villagers and torched a granary near the district market on Tuesday.",
            "Two mortar shells landed in the courtyard of a primary school, wounding a guard, police said.",
            "Residents told reporters that the convoy had been ambushed twice before it reached the bridge.",
            "Around 300 people marched to the governor's office (Kassala town) to demand the release of detained teachers.",
            "The ministry denied that its aircraft struck the fuel depot, calling the claim baseless.",
            "Army troops regained control of the hill after three days of clashes with the rebel militia, according to a local chief.",
            "Unidentified armed men abducted a nurse and her driver along the road between the two towns.",
            "A drone strike on a car killed two commanders of the group, its spokesman confirmed late on Friday.",
            "Thousands fled as floodwater and fighting reached the camp, aid workers said, adding that food ran out weeks ago.",
            "Police fired tear gas at students who were throwing stones at the parliament building.");

    private static List<CoreMap> sentences;
    private static DependencyParser stock;
    private static DependencyParser fast;

    @BeforeAll
    static void load() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        Annotation doc = new Annotation(TEXT);
        new StanfordCoreNLP(p).annotate(doc);
        sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        stock = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        fast = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        TransposedClassifier.install(fast);
    }

    private static List<String> parses(DependencyParser parser) {
        List<String> out = new ArrayList<>();
        for (CoreMap s : sentences) {
            out.add(parser.predict(s).typedDependencies().toString());
        }
        return out;
    }

    @Test
    void parsesAreCoreNlpsOwn() {
        assertThat(sentences).hasSize(10);
        List<String> expected = parses(stock);
        assertThat(parses(fast)).isEqualTo(expected);
        // the second pass reads the features cached by the first
        assertThat(parses(fast)).isEqualTo(expected);
        assertThat(expected.get(0)).contains("nsubj(killed-4, Gunmen-1)", "obj(killed-4, villagers-6)");
    }

    @Test
    void threadsSharingTheParserGetTheSameParses() throws Exception {
        List<String> expected = parses(stock);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> parses(fast)));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get(10, TimeUnit.MINUTES)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
