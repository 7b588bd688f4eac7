package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.common.StageClock;
import org.sitrep.common.StageTimes;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.Article;

/** The profile times every component through a collector passed in, and changes nothing in the output. */
class ProfileTest {
    private static final String TEXT = "Militants stormed a police post in Dera Ismail Khan on Tuesday night, killing "
            + "three officers, a district official said.\nThe market reopened the next morning.";

    @Test
    void timesEachComponentAndGivesTheEventsOfARun() {
        List<Article> articles = new Ingest().readString("profiled", TEXT, LocalDate.of(2024, 3, 14)).articles();
        StageTimes times = new StageTimes();

        var profiled = TestPipeline.get().profile(articles, times);
        var run = TestPipeline.get().withWorkers(1).run(articles, List.of());

        assertThat(profiled).isEqualTo(run.events());
        assertThat(profiled).hasSize(1);
        Map<String, Long> totals = times.totals();
        // the deep sentence holds no capitalised word the tagger leaves untagged as a name: numbers only, no CRF
        assertThat(totals.keySet()).contains("annotate: tokenize, ssplit", "annotate: pos", "annotate: lemma",
                "annotate: ner (deep, numbers only)", "annotate: parse (deep): predict", "annotate: parse (deep): enhanced++", "extract: triggers", "extract: counts",
                "resolve: places", "resolve: dates", "resolve: actors", "fuse: within article", "fuse: across articles");
        assertThat(totals.values()).allMatch(n -> n >= 0);
        // the second sentence holds no trigger, so the deep steps ran on the first one only
        assertThat(TestPipeline.get().annotate(articles.get(0)).sentences())
                .extracting(s -> s.deep()).containsExactly(true, false);
    }

    @Test
    void theSilentClockRunsTheWorkWithoutTiming() {
        StageTimes seen = new StageTimes();
        assertThat(StageClock.NONE.on()).isFalse();
        assertThat(StageClock.NONE.time("x", () -> 42)).isEqualTo(42);
        assertThat(seen.time("y", () -> "done")).isEqualTo("done");
        seen.add("y", 5);
        seen.add("z", 7);
        assertThat(seen.totals().keySet()).containsExactly("y", "z");
        assertThat(seen.totals().get("z")).isEqualTo(7);
        assertThat(seen.totals().get("y")).isGreaterThanOrEqualTo(5);
    }
}
