package edu.stanford.nlp.tagger.maxent;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Annotator;

/** The memoized scoring gives CoreNLP's tagger's every score and tag, also when threads share it. */
class MemoizedTaggerTest {
    /** Unknown words, capitals, numbers, hyphens, British spellings, brackets, a one-word and a long sentence. */
    private static final String TEXT = String.join("\n",
            "Gunmen on motorbikes killed 14 villagers and torched a granary near the district market on Tuesday.",
            "Vrelandi militiamen re-took the Osmerakh ridge from pro-government forces after a twenty-seven-hour battle.",
            "The KLDF said 1,250 fighters had mobilised; the governor's office put the figure at 3.5 per cent of that.",
            "Shelling.",
            "Around 300 people marched to the council (Tervanic ward) to demand the release of detained teachers.",
            "OFFICIALS CONFIRMED THAT THE CONVOY WAS AMBUSHED TWICE BEFORE IT REACHED THE BRIDGE.",
            "Zubrovetsk, Kalmerin and Hadiq-al-Nur reported no casualties, but the ex-commander's compound was set ablaze on 12/03/2021 at 04:30.",
            "Unidentified armed men abducted a nurse, her driver and two aid workers along the road between the two towns, "
                    + "and residents who fled to the neighbouring hills said that the kidnappers, some wearing uniforms of the "
                    + "disbanded 4th Brigade, had demanded a ransom of 50,000 dollars for each of the captives, a claim that the "
                    + "provincial police spokesman neither confirmed nor denied when he spoke to local radio late on Friday evening.",
            "Mbatuzi-based COVID-19 volunteers were teargassed by anti-riot units outside the Hall of Unity.",
            "\"We will not leave,\" said Ilse Marendorff, whose colour-coded maps showed 8 villages emptied since mid-2019.");

    private static List<List<CoreLabel>> sentences;
    private static MaxentTagger stock;
    private static MemoizedTagger memoized;

    @BeforeAll
    static void load() {
        Annotation doc = new Annotation(TEXT);
        Annotator.lineSplitter().annotate(doc);
        sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        stock = new MaxentTagger(DefaultPaths.DEFAULT_POS_MODEL);
        memoized = MemoizedTagger.of(stock);
    }

    private static List<String> tags(List<TaggedWord> tagged) {
        List<String> out = new ArrayList<>();
        for (TaggedWord w : tagged) {
            out.add(w.tag());
        }
        return out;
    }

    /** CoreNLP's sentence, keeping every history it scores and the scores it gives. */
    private static final class Recorded extends TestSentence {
        final List<int[]> windows = new ArrayList<>();
        final List<Integer> positions = new ArrayList<>();
        final List<double[]> scores = new ArrayList<>();

        Recorded(MaxentTagger tagger) {
            super(tagger);
        }

        @Override
        public double[] scoresOf(int[] tags, int pos) {
            double[] s = super.scoresOf(tags, pos);
            windows.add(tags.clone());
            positions.add(pos);
            scores.add(s.clone());
            return s;
        }
    }

    @Test
    void everyHistoryScoresTheSameBits() {
        int histories = 0;
        for (List<CoreLabel> sentence : sentences) {
            Recorded recorded = new Recorded(stock);
            recorded.tagSentence(sentence, false);
            MemoizedSentence mine = new MemoizedSentence(memoized);
            mine.tags(sentence);
            // scored again after tagging, in CoreNLP's order: the sentence keeps its words and its memos
            for (int i = 0; i < recorded.scores.size(); i++) {
                double[] expected = recorded.scores.get(i);
                double[] actual = mine.scoresOf(recorded.windows.get(i), recorded.positions.get(i));
                assertThat(actual.length).isEqualTo(expected.length);
                for (int j = 0; j < expected.length; j++) {
                    assertThat(Double.doubleToRawLongBits(actual[j]))
                            .as("sentence %s, history %d, tag %d", sentence, i, j)
                            .isEqualTo(Double.doubleToRawLongBits(expected[j]));
                }
            }
            histories += recorded.scores.size();
        }
        // unknown words next to each other give hundreds of histories at one position
        assertThat(histories).isGreaterThan(1000);
    }

    @Test
    void tagsAreCoreNlps() {
        for (List<CoreLabel> sentence : sentences) {
            assertThat(List.of(memoized.tags(sentence))).isEqualTo(tags(stock.tagSentence(sentence, false)));
        }
    }

    @Test
    void theScreenedNormaliserTagsMostSentencesAndCoreNlpsTags() {
        int screened = 0;
        for (List<CoreLabel> sentence : sentences) {
            MemoizedSentence mine = new MemoizedSentence(memoized);
            assertThat(List.of(mine.tags(sentence))).isEqualTo(tags(stock.tagSentence(sentence, false)));
            screened += mine.fromScreen() ? 1 : 0;
        }
        // a sentence goes back to the exact scores only where a choice of its best sequence is within the bound
        assertThat(screened).isGreaterThanOrEqualTo(sentences.size() - 2);
    }

    @Test
    void unknownAndRareWordsAreScoredToo() {
        // the sentences hold words the model never saw, so the rare-word features (word shapes, affixes, capitals) run
        long unknown = sentences.stream().flatMap(List::stream).filter(t -> stock.dict.isUnknown(t.word())).count();
        assertThat(unknown).isGreaterThan(5);
    }

    @Test
    void threadsSharingOneTaggerGetTheSameTags() throws Exception {
        List<List<String>> expected = new ArrayList<>();
        for (List<CoreLabel> sentence : sentences) {
            expected.add(tags(stock.tagSentence(sentence, false)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<String>>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    List<List<String>> out = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        for (int i = 0; i < sentences.size(); i++) {
                            // each thread walks the sentences from another starting point
                            int k = (i + offset * 3) % sentences.size();
                            List<String> got = List.of(memoized.tags(sentences.get(k)));
                            if (round == 4) {
                                out.add(got);
                            }
                        }
                    }
                    return out;
                }));
            }
            for (int t = 0; t < 4; t++) {
                List<List<String>> out = runs.get(t).get(5, TimeUnit.MINUTES);
                for (int i = 0; i < sentences.size(); i++) {
                    assertThat(out.get(i)).isEqualTo(expected.get((i + t * 3) % sentences.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
