package org.sitrep.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TallyAndTablesTest {
    private final RowScorer scorer = new RowScorer();

    private Tally tally() {
        Tally t = new Tally();
        AcledRow clash = RowScorerTest.row("Battles", "Armed clash", "1", "2", "Idleb", 35.86, 36.80, "Troops clashed.", 0);
        t.add(scorer.score(clash, List.of(RowScorerTest.mention("Battles", "Armed clash", "Idlib", 35.86, 36.80,
                "state forces", "rebel group", null, LocalDate.of(2021, 6, 3)))));
        t.add(scorer.score(clash, List.of(RowScorerTest.mention("Violence against civilians", "Attack", "Idlib", 35.86,
                36.80, "state forces", "civilians", null, LocalDate.of(2021, 6, 3)))));
        t.add(scorer.score(clash, List.of()));
        return t;
    }

    @Test
    void sumsFieldsAndConfusions() {
        Tally t = tally();
        assertThat(t.rows()).isEqualTo(3);
        assertThat(t.field(Field.DETECTED)).isEqualTo(new Trial(2, 3));
        assertThat(t.field(Field.FAMILY_TOP1)).isEqualTo(new Trial(1, 3));
        assertThat(t.field(Field.ACTOR_TYPE)).isEqualTo(new Trial(3, 6));
        assertThat(t.familyConfusion().get("battle")).containsEntry("battle", 1).containsEntry("civilians", 1)
                .containsEntry(Tally.NONE, 1);
        assertThat(t.subTypeConfusion().get("Armed clash")).containsEntry("Attack", 1);
        assertThat(t.countries().get("Syria").get(Field.DETECTED)).isEqualTo(new Trial(2, 3));
        assertThat(Tally.rate(new Trial(2, 3))).isEqualTo(0.667);
        assertThat(Tally.rate(Trial.NOT_ASKED)).isZero();
    }

    @Test
    void rendersTheTables() {
        Tally t = tally();
        assertThat(Tables.summaryLine(t, 2)).startsWith("rows 3 skipped 2 detected 0.667 family_top1 0.333")
                .contains("actor_type 0.500");
        assertThat(Tables.fields(t)).contains("detected               0.667        2        3");
        String families = Tables.confusion("Families", t.familyConfusion(), 14);
        assertThat(families).contains("c1 = battle").contains("c2 = civilians").contains("c3 = (none)")
                .containsPattern("battle\\s+1\\s+1\\s+1\\s+3");
        assertThat(Tables.countries(t)).containsPattern("Syria\\s+3\\s+0\\.667\\s+0\\.333");
    }
}
