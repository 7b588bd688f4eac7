package org.sitrep.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Ingest;
import org.sitrep.pipeline.TestPipeline;

/** The whole evaluation on the project's own small coded file (notes written for this test). */
class EvaluationTest {
    @Test
    void scoresEachRowsNotesReadAsAnArticleOfItsEventDate() {
        List<AcledRow> rows = new AcledCsvReader().read(Fixtures.dir().resolve("coded-sample.csv")).rows();
        Evaluation evaluation = new Evaluation(TestPipeline.get(), new Ingest(), new RowScorer());
        List<RowScore> seen = new ArrayList<>();
        List<Integer> done = new ArrayList<>();
        Tally t = evaluation.run(rows, (s, notRead) -> seen.add(s), done::add);

        assertThat(t.rows()).isEqualTo(4);
        assertThat(seen).extracting(s -> s.row().id()).containsExactly("TST1", "TST2", "TST3", "TST4");
        // what is asked follows from the coding alone
        assertThat(t.field(Field.DETECTED).asked()).isEqualTo(4);
        assertThat(t.field(Field.FATALITIES_EXACT).asked()).isEqualTo(3); // TST4's notes split its fatalities
        assertThat(t.field(Field.FATALITIES_NONZERO).asked()).isEqualTo(2);
        assertThat(t.field(Field.ACTOR_TYPE).asked()).isEqualTo(6);
        // plain notes with a date opening, a place and a clear event are read
        RowScore clash = seen.get(0);
        assertThat(clash.first()).isNotNull();
        assertThat(clash.first().date().date()).isEqualTo(clash.row().eventDate());
        assertThat(clash.trial(Field.COUNTRY)).isEqualTo(new Trial(1, 1));
        assertThat(clash.foundFamily()).isEqualTo(Family.BATTLE);
        RowScore protest = seen.get(1);
        assertThat(protest.foundFamily()).isEqualTo(Family.PROTEST_RIOT);
        assertThat(protest.trial(Field.DATE)).isEqualTo(new Trial(1, 1));
        assertThat(done).as("progress after each article, and all rows at the end").endsWith(4).isSorted();
    }

    @Test
    void theRowsAroundMalformedOnesAreEvaluatedAndTheSummaryCountsTheSkipped() {
        AcledFile read = new AcledCsvReader().read(Fixtures.dir().resolve("mixed-rows.csv"));
        List<RowScore> seen = new ArrayList<>();
        Tally t = new Evaluation(TestPipeline.get(), new Ingest(), new RowScorer())
                .run(read.rows(), (s, notRead) -> seen.add(s), n -> { });
        assertThat(seen).extracting(s -> s.row().id()).containsExactly("MIX1", "MIX7");
        assertThat(Tables.summaryLine(t, read.skipped().size())).startsWith("rows 2 skipped 5 detected ");
    }

    @Test
    void aRowWhoseNotesRepeatAnEarlierRowsIsReadAsItsCopyAsExtractReadsIdenticalTexts() {
        String notes = "On 3 June 2021, regime artillery shelled Saraqib and Afes (Idleb), killing four civilians.";
        AcledRow first = RowScorerTest.row("Explosions/Remote violence", "Shelling/artillery/missile attack", "1", "7",
                "Idleb", 35.86, 36.8, notes, 4);
        AcledRow again = new AcledRow("TST10", 9, first.eventDate(), first.dateCell(), first.eventType(),
                first.subEventType(), first.actor1(), first.inter1(), first.actor2(), first.inter2(), first.country(),
                "Idleb", "", "", "Afes", 35.88, 36.85, notes, 0);
        Evaluation evaluation = new Evaluation(TestPipeline.get(), new Ingest(), new RowScorer());
        List<RowScore> seen = new ArrayList<>();
        List<String> why = new ArrayList<>();
        Tally t = evaluation.run(List.of(first, again), (s, notRead) -> {
            seen.add(s);
            why.add(notRead);
        }, done -> { });
        assertThat(seen.get(0).first()).as("the first row is read").isNotNull();
        assertThat(seen.get(1).first()).as("the repeat reports the same reading under its own id").isNotNull();
        assertThat(seen.get(1).first().docId()).isEqualTo(Evaluation.docId(again));
        assertThat(seen.get(1).first().copyOf()).isEqualTo(Evaluation.docId(first));
        assertThat(seen.get(1).first().type()).isEqualTo(seen.get(0).first().type());
        assertThat(why).containsOnlyNulls();
        assertThat(t.field(Field.DETECTED).agreed()).isEqualTo(2);
    }

    @Test
    void articlesAreNamedAndWrittenAsTheScorerWritesThem() {
        AcledRow r = RowScorerTest.row("Battles", "Armed clash", "1", "2", "Idleb", 35.8, 36.8, "  Troops clashed.", 0);
        assertThat(Evaluation.docId(new AcledRow("SYR-12 3", 2, null, "", "", "", "", "", "", "", "", "", "", "", "",
                null, null, "x", 0))).isEqualTo("acled-SYR123");
        assertThat(Evaluation.article(r)).isEqualTo("Troops clashed.\n");
    }
}
