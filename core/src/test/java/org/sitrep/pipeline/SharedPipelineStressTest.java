package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.common.StageClock;
import org.sitrep.fuse.Fuser;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.Article;
import org.sitrep.model.DateBasis;
import org.sitrep.model.EventMention;

/**
 * One loaded pipeline shared by eight threads over many short texts (several events, counts and sources
 * per text, so per-call state would leak between them) gives exactly the sequential mentions: on the store's
 * ingest path (server jobs, {@code ingest}, {@code watch}), {@code Pipeline.process}, and on its path for an
 * undated article, whose dates are resolved again from the
 * date that other articles give it ({@code StoreIngest.withPipeline}).
 */
class SharedPipelineStressTest {
    private static final String[] LEADS = {
        "Government troops shelled rebel positions near %s on Tuesday, killing %s fighters, the army said.",
        "Unidentified gunmen attacked a market in %s on Monday and killed %s civilians, police said. "
                + "They also abducted two traders, he added.",
        "Thousands of people fled %s after air strikes hit the town on Sunday, according to the UN. "
                + "%s people were wounded.",
        "Protesters burned tyres in %s on Wednesday; police fired tear gas and arrested %s demonstrators.",
        "A roadside bomb exploded near a convoy outside %s on Friday, wounding %s soldiers, a local official told reporters.",
        "Militants seized %s and its police station on Thursday after heavy fighting that left %s dead.",
    };
    private static final String[] PLACES = {"Gwoza", "Afgooye", "Kidal", "Bunia", "Marib", "Tibu", "Beni", "Djibo"};
    private static final String[] NUMBERS = {"three", "12", "at least 7", "dozens of", "a", "no"};

    @Test
    void eightThreadsSharingOnePipelineGetTheSequentialResult() throws Exception {
        List<Article> articles = articles(LocalDate.of(2020, 5, 2));
        List<List<EventMention>> sequential = TestPipeline.assertThreadsGiveSequentialResult(articles, 8, 3);
        assertThat(sequential.stream().filter(ms -> !ms.isEmpty()).count()).isGreaterThan(articles.size() * 3L / 4);
        assertThat(sequential.stream().mapToLong(ms -> ms.stream().filter(m -> !m.counts().isEmpty()).count()).sum())
                .isGreaterThan(articles.size() / 2L);
    }

    @Test
    void undatedArticlesResolvedAgainOnEightThreadsGetTheSequentialResult() throws Exception {
        List<Article> articles = articles(null);
        Pipeline pipeline = TestPipeline.get();
        Fuser.InferredDate placed = new Fuser.InferredDate(LocalDate.of(2020, 5, 9), List.of("an-earlier-report"));
        List<List<EventMention>> sequential = TestPipeline.assertThreadsGiveSequentialResult(articles, 8, 2,
                a -> pipeline.reresolve(pipeline.process(a, StageClock.NONE), placed));
        List<EventMention> all = sequential.stream().flatMap(List::stream).toList();
        assertThat(all).hasSizeGreaterThan(articles.size() * 3 / 4);
        // the weekday is read from the date placed, which is a lower bound: not before Saturday 9 May 2020,
        // "on Tuesday" is the 12th, marked inferred
        assertThat(all).filteredOn(m -> "Tuesday".equals(m.date().text())).isNotEmpty()
                .allSatisfy(m -> assertThat(m.date().date()).isEqualTo(LocalDate.of(2020, 5, 12)))
                .allSatisfy(m -> assertThat(m.date().basis()).isEqualTo(DateBasis.INFERRED));
    }

    private static List<Article> articles(LocalDate published) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < LEADS.length * 4; i++) {
            String text = String.format(LEADS[i % LEADS.length], PLACES[i % PLACES.length], NUMBERS[i % NUMBERS.length]);
            articles.addAll(new Ingest().readString("stress-" + i, text, published).articles());
        }
        return articles;
    }
}
