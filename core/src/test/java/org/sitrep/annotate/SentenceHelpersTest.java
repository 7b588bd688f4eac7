package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.pipeline.TestPipeline;

/**
 * Sentences annotated on helper threads give exactly the annotations of the article annotated on one thread, and
 * helpers join only while cores are idle.
 */
class SentenceHelpersTest {
    private static final String[] ARTICLES = {
        "Gunmen on motorbikes attacked a market in the north of the province on Tuesday, killing at least 14 people "
                + "and wounding 20 others, a local official said.\n"
                + "The attackers set fire to several shops before fleeing into the forest, witnesses told reporters.\n"
                + "No group has claimed responsibility for the attack, the third in the area since March.\n"
                + "Last week, two soldiers were killed when their vehicle struck a roadside bomb near the border.\n"
                + "The weather stayed dry and the harvest went on in the villages to the south.\n"
                + "Residents said about 300 families had fled to the regional capital in the past two days.",
        "On 12 June 2021, police fired tear gas at hundreds of students protesting against tuition fees in the capital (Central region). "
                + "Eleven protesters were arrested and later released on bail. "
                + "The ministry denied that live ammunition had been used. "
                + "Organisers said another march would take place on Friday morning.",
        "Air strikes hit two villages overnight, destroying a school and a clinic, according to a monitoring group. "
                + "Three children were among the 9 dead, it said. "
                + "The army said it had targeted a weapons depot and that no civilians were harmed.",
    };

    private static Article article(int i) {
        return new Ingest().readString("helpers-" + i, ARTICLES[i], LocalDate.of(2021, 6, 15)).articles().get(0);
    }

    @Test
    void sentencesOnHelperThreadsGiveTheSameAnnotationsAsOneThread() throws Exception {
        var pipeline = TestPipeline.get();
        List<AnnotatedArticle> sequential = new ArrayList<>();
        for (int i = 0; i < ARTICLES.length; i++) {
            sequential.add(pipeline.annotate(article(i)));
        }
        assertThat(sequential.get(0).sentences()).hasSize(6);
        assertThat(sequential.get(0).sentences().stream().filter(s -> s.deep() && !s.deps().isEmpty()).count()).isGreaterThan(3);
        // several articles at once, each with idle helpers to hand sentences to, several rounds
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try (SentenceHelpers helpers = SentenceHelpers.forWorkers(4)) {
            List<Future<AnnotatedArticle>> runs = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < ARTICLES.length; i++) {
                    int k = i;
                    runs.add(callers.submit(() -> pipeline.annotate(article(k), helpers)));
                }
            }
            for (int r = 0; r < runs.size(); r++) {
                assertThat(runs.get(r).get(10, TimeUnit.MINUTES)).isEqualTo(sequential.get(r % ARTICLES.length));
            }
        } finally {
            callers.shutdownNow();
        }
    }

    /** A long report, written for this test: its sentences fill several runs of each pass ({@link SentenceParts}). */
    static final String LONG_ARTICLE = String.join(" ",
            "Gunmen attacked a police post on the road out of the northern town on Sunday night, killing three officers, the regional governor said on Monday.",
            "The attackers arrived on motorbikes shortly after 10 pm and fired on the post for about an hour before setting two vehicles alight.",
            "A fourth officer was wounded and taken to the district hospital, where doctors said he was in a stable condition.",
            "Residents said the gunmen then looted a pharmacy and several shops near the bus station before withdrawing towards the hills.",
            "No group said it had carried out the attack, but armed groups have struck security forces in the area several times since January.",
            "In a separate incident on Saturday, a roadside bomb hit an army truck about 40 kilometres to the east, wounding five soldiers.",
            "The army said troops had later arrested two suspects in a village nearby and seized rifles and ammunition.",
            "On Friday, hundreds of traders marched to the town hall to protest against rising fuel prices and the closure of the market.",
            "Police fired tear gas to disperse the crowd after some protesters threw stones, and 12 people were detained, a rights group said.",
            "The detainees were released on Saturday morning without charge, their lawyer told reporters.",
            "Aid agencies said more than 4,000 people had fled their homes in the district over the past two weeks.",
            "Many of them are staying with relatives in the provincial capital, while others have settled in schools and churches.",
            "The United Nations said the number of attacks on civilians in the region had doubled compared with the same period last year.",
            "The government has announced a curfew from 7 pm to 6 am in three districts and promised to send reinforcements.",
            "Opposition leaders criticised the measures and called for talks with community leaders instead.",
            "Farmers said they had been unable to reach their fields for a month because of the fighting.",
            "Prices of maize and beans in the main market have risen by a third since the start of the year, traders said.",
            "The weather stayed dry over the weekend and the roads to the south remained open.");

    @Test
    void aLongArticleSplitAcrossHelpersGivesTheSameAnnotationsAsOneThread() throws Exception {
        var pipeline = TestPipeline.get();
        Article article = new Ingest().readString("helpers-long", LONG_ARTICLE, LocalDate.of(2021, 6, 15)).articles().get(0);
        AnnotatedArticle sequential = pipeline.annotate(article);
        long deep = sequential.sentences().stream().filter(s -> s.deep() && !s.deps().isEmpty()).count();
        long deepTokens = sequential.sentences().stream().filter(s -> s.deep()).mapToLong(s -> s.tokens().size()).sum();
        long tokens = sequential.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
        assertThat(sequential.sentences()).hasSize(18);
        assertThat(deep).isGreaterThan(8);
        // long enough to be cut into several runs of both passes
        assertThat(tokens).isGreaterThan(2L * SentenceParts.CHEAP_TOKENS);
        assertThat(deepTokens).isGreaterThan(2L * SentenceParts.DEEP_TOKENS);
        assertThat(sequential.sentences().stream().filter(s -> !s.times().isEmpty()).count()).isGreaterThan(3);
        // no article is in process, so the helpers are free to take runs and sentences; several rounds
        try (SentenceHelpers helpers = SentenceHelpers.forWorkers(2)) {
            for (int round = 0; round < 6; round++) {
                assertThat(pipeline.annotate(article, helpers)).isEqualTo(sequential);
            }
        }
    }

    @Test
    void sentencesAreCutIntoRunsOfAtLeastTheGivenTokens() {
        var doc = new edu.stanford.nlp.pipeline.Annotation("One two three. Four five. Six seven eight nine. Ten.");
        Annotator.lineSplitter().annotate(doc);
        var sentences = doc.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class);
        assertThat(sentences).hasSize(4); // 4, 3, 5 and 2 tokens with their full stops
        assertThat(SentenceParts.of(sentences, 5)).containsExactly(new SentenceParts.Part(0, 2), new SentenceParts.Part(2, 3),
                new SentenceParts.Part(3, 4));
        assertThat(SentenceParts.of(sentences, 100)).containsExactly(new SentenceParts.Part(0, 4));
        assertThat(SentenceParts.of(sentences, 1)).hasSize(4);
        assertThat(SentenceParts.of(List.of(), 6)).isEmpty();
    }

    @Test
    void anIdleHelperTakesItemsWhileTheCallerIsBusy() {
        // item 0 waits until item 1 has run: only a helper can run item 1 while the caller is still on item 0
        CountDownLatch secondRan = new CountDownLatch(1);
        Map<Integer, String> ranOn = new ConcurrentHashMap<>();
        try (SentenceHelpers helpers = SentenceHelpers.forWorkers(2)) {
            helpers.forEach(List.of(0, 1, 2, 3), i -> {
                ranOn.put(i, Thread.currentThread().getName());
                if (i == 0) {
                    await(secondRan);
                } else if (i == 1) {
                    secondRan.countDown();
                }
            });
        }
        assertThat(ranOn).containsOnlyKeys(0, 1, 2, 3);
        assertThat(ranOn.get(0)).isEqualTo(Thread.currentThread().getName());
        assertThat(ranOn.get(1)).isEqualTo("sitrep-sentence-helper");
    }

    @Test
    void noHelperWhileEveryWorkerHasAnArticle() {
        Map<Integer, String> ranOn = new ConcurrentHashMap<>();
        try (SentenceHelpers helpers = SentenceHelpers.forWorkers(2)) {
            helpers.articleStarted();
            helpers.articleStarted();
            helpers.forEach(List.of(0, 1, 2, 3, 4, 5), i -> ranOn.put(i, Thread.currentThread().getName()));
        }
        assertThat(ranOn).hasSize(6);
        assertThat(ranOn.values()).containsOnly(Thread.currentThread().getName());
    }

    @Test
    void everyItemRunsOnceAndAFailureIsThrownAfterTheOthers() {
        AtomicInteger runs = new AtomicInteger();
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            items.add(i);
        }
        try (SentenceHelpers helpers = SentenceHelpers.forWorkers(3)) {
            Map<Integer, Integer> seen = new ConcurrentHashMap<>();
            helpers.forEach(items, i -> seen.merge(i, 1, Integer::sum));
            assertThat(seen).hasSize(500);
            assertThat(seen.values()).containsOnly(1);

            assertThatThrownBy(() -> helpers.forEach(items, i -> {
                runs.incrementAndGet();
                if (i == 7) {
                    throw new IllegalStateException("sentence 7 failed");
                }
            })).isInstanceOf(IllegalStateException.class).hasMessage("sentence 7 failed");
            assertThat(runs.get()).isEqualTo(500);
        }
    }

    @Test
    void withoutHelpersEverythingRunsOnTheCaller() {
        Map<Integer, String> ranOn = new ConcurrentHashMap<>();
        SentenceHelpers.forWorkers(1).forEach(List.of(0, 1, 2), i -> ranOn.put(i, Thread.currentThread().getName()));
        assertThat(ranOn.values()).containsOnly(Thread.currentThread().getName()).hasSize(3);
        assertThat(SentenceHelpers.NONE.on()).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            // generous: a loaded CI machine may take long to start the helper thread
            assertThat(latch.await(2, TimeUnit.MINUTES)).as("a helper ran item 1").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
