package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reordered, float-screened scoring gives exactly CoreNLP's parses, also when threads share it. Each parser is
 * loaded on its own: {@code DependencyParser.loadFromModelFile} returns one cached instance per model, so two loads
 * through it would compare the installed scoring with itself.
 */
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
        stock = loadUncached();
        fast = loadUncached();
        TransposedClassifier.install(fast);
    }

    private static DependencyParser loadUncached() {
        DependencyParser parser = new DependencyParser(new Properties());
        parser.loadModelFile(DependencyParser.DEFAULT_MODEL);
        return parser;
    }

    private static Object field(Class<?> owner, Object target, String name) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }

    private static Classifier classifier(DependencyParser parser) throws ReflectiveOperationException {
        return (Classifier) field(DependencyParser.class, parser, "classifier");
    }

    /** Feature vectors as the parser forms them: mostly (word, position) pairs CoreNLP precomputed, some not. */
    private static List<int[]> features(int count) throws ReflectiveOperationException {
        Classifier c = classifier(stock);
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, c, "preMap");
        Config config = (Config) field(DependencyParser.class, stock, "config");
        List<List<Integer>> byPosition = new ArrayList<>();
        for (int j = 0; j < config.numTokens; j++) {
            byPosition.add(new ArrayList<>());
        }
        for (int index : preMap.keySet()) {
            byPosition.get(index % config.numTokens).add(index / config.numTokens);
        }
        Random random = new Random(12);
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int[] f = new int[config.numTokens];
            for (int j = 0; j < f.length; j++) {
                List<Integer> known = byPosition.get(j);
                f[j] = known.isEmpty() || random.nextInt(10) == 0 ? random.nextInt(c.getE().length)
                        : known.get(random.nextInt(known.size()));
            }
            out.add(f);
        }
        return out;
    }

    /** As DependencyParser.predictInner chooses: the first highest score among the allowed transitions. */
    private static int choice(double[] scores, boolean[] allowed) {
        double best = Double.NEGATIVE_INFINITY;
        int chosen = -1;
        for (int o = 0; o < scores.length; o++) {
            if (scores[o] > best && allowed[o]) {
                best = scores[o];
                chosen = o;
            }
        }
        return chosen;
    }

    @Test
    void eachParserHasItsOwnScoring() throws Exception {
        assertThat(classifier(fast)).isInstanceOf(TransposedClassifier.class);
        assertThat(classifier(stock)).isNotInstanceOf(TransposedClassifier.class);
        // installing twice (CoreNLP hands out one cached parser per model) keeps the first installation
        Classifier installed = classifier(fast);
        TransposedClassifier.install(fast);
        assertThat(classifier(fast)).isSameAs(installed);
    }

    @Test
    void exactScoresAreCoreNlpsBitForBit() throws Exception {
        Classifier coreNlp = classifier(stock);
        TransposedClassifier reordered = (TransposedClassifier) classifier(fast);
        for (int[] f : features(60)) {
            assertThat(reordered.exactScores(f)).isEqualTo(coreNlp.computeScores(f));
        }
    }

    @Test
    void screenedScoresChooseAsCoreNlpForEveryAllowedSet() throws Exception {
        Classifier coreNlp = classifier(stock);
        Classifier screened = classifier(fast);
        ParsingSystem system = (ParsingSystem) field(DependencyParser.class, stock, "system");
        List<String> transitions = system.transitions;
        // the five groups ArcStandard.canApply allows or forbids together: shift, left/right arc, root label or not
        int[] group = new int[transitions.size()];
        for (int o = 0; o < group.length; o++) {
            String t = transitions.get(o);
            boolean root = t.length() > 2 && t.substring(2, t.length() - 1).equals(system.rootLabel);
            group[o] = t.startsWith("L") ? (root ? 1 : 2) : t.startsWith("R") ? (root ? 3 : 4) : 0;
        }
        int differing = 0;
        for (int[] f : features(400)) {
            double[] expected = coreNlp.computeScores(f);
            double[] actual = screened.computeScores(f);
            if (!Arrays.equals(expected, actual)) {
                differing++;
            }
            for (int mask = 1; mask < 32; mask++) {
                boolean[] allowed = new boolean[group.length];
                for (int o = 0; o < group.length; o++) {
                    allowed[o] = (mask >> group[o] & 1) != 0;
                }
                assertThat(choice(actual, allowed)).as("groups %s", Integer.toBinaryString(mask))
                        .isEqualTo(choice(expected, allowed));
            }
        }
        // the float path is taken: scores differ in the last bits while every choice is the same
        assertThat(differing).isGreaterThan(200);
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
