package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.Article;
import org.sitrep.model.EventMention;

/**
 * One loaded pipeline shared by eight threads over many short texts (several events, counts and sources
 * per text, so per-call state would leak between them) gives exactly the sequential mentions.
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
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < LEADS.length * 4; i++) {
            String text = String.format(LEADS[i % LEADS.length], PLACES[i % PLACES.length], NUMBERS[i % NUMBERS.length]);
            articles.addAll(new Ingest().readString("stress-" + i, text, LocalDate.of(2020, 5, 2)).articles());
        }
        List<List<EventMention>> sequential = TestPipeline.assertThreadsGiveSequentialResult(articles, 8, 3);
        assertThat(sequential.stream().filter(ms -> !ms.isEmpty()).count()).isGreaterThan(articles.size() * 3L / 4);
        assertThat(sequential.stream().mapToLong(ms -> ms.stream().filter(m -> !m.counts().isEmpty()).count()).sum())
                .isGreaterThan(articles.size() / 2L);
    }
}
