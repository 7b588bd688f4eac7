package org.sitrep.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Status;

class RowScorerTest {
    private final RowScorer scorer = new RowScorer();

    static AcledRow row(String type, String sub, String inter1, String inter2, String admin1, double lat, double lon,
                        String notes, int fatalities) {
        return new AcledRow("TST9", 2, LocalDate.of(2021, 6, 3), "2021-06-03", type, sub, "A", inter1, "B", inter2,
                "Syria", admin1, "", "", "Saraqib", lat, lon, notes, fatalities);
    }

    static EventMention mention(String type, String sub, String admin1, double lat, double lon, String a1Type,
                                String a2Type, Long fatalities, LocalDate date) {
        Place p = new Place("Saraqib", "Syria", "SY", admin1, null, null, lat, lon, 1, List.of(), null, "Saraqib");
        Map<CountRole, Count> counts = fatalities == null ? Map.of()
                : Map.of(CountRole.FATALITIES, new Count(fatalities, Qualifier.EXACT, "killed " + fatalities));
        return new EventMention("m1", new EventType(type, sub), Status.OCCURRED, false,
                new EventDate(date, null, DatePrecision.DAY, "on Thursday", org.sitrep.model.DateBasis.TEXT), p, null, null,
                a1Type == null ? null : new Actor("X", org.sitrep.model.ActorType.ofLabel(a1Type), "x"), a2Type == null ? null : new Actor("Y", org.sitrep.model.ActorType.ofLabel(a2Type), "y"),
                counts, List.of(), List.of(), "clashed", "CLASH");
    }

    @Test
    void aFullMatchAgreesOnEveryField() {
        AcledRow r = row("Battles", "Armed clash", "1", "2", "Idleb", 35.86, 36.80, "Troops clashed with rebels.", 4);
        RowScore s = scorer.score(r, List.of(mention("Battles", "Armed clash", "Idlib Governorate", 35.87, 36.81,
                "state forces", "rebel group", 4L, LocalDate.of(2021, 6, 3))));
        assertThat(s.trials()).allSatisfy((f, t) -> assertThat(t.disagrees()).isEqualTo(f == Field.ADMIN1));
        assertThat(s.trial(Field.ACTOR_TYPE)).isEqualTo(new Trial(2, 2));
        assertThat(s.trial(Field.FATALITIES_NONZERO)).isEqualTo(new Trial(1, 1));
        assertThat(s.trial(Field.ADMIN1)).isEqualTo(new Trial(0, 1)); // "idleb" is not "idlib" when folded
        // ... but is when compared loosely
        assertThat(s.trial(Field.ADMIN1_LOOSE)).isEqualTo(new Trial(1, 1));
    }

    @Test
    void noMentionDisagreesOnAllButFieldsThatDoNotNeedOne() {
        AcledRow r = row("Protests", "Peaceful protest", "6", "0", "Idleb", 35.86, 36.80, "Traders protested.", 0);
        RowScore s = scorer.score(r, List.of());
        assertThat(s.trial(Field.DETECTED)).isEqualTo(new Trial(0, 1));
        assertThat(s.trial(Field.DATE)).isEqualTo(new Trial(0, 1));
        assertThat(s.trial(Field.ACTOR_TYPE)).isEqualTo(new Trial(0, 1)); // inter2 0 is not asked
        // no event found is no agreement on fatalities, even with none coded
        assertThat(s.trial(Field.FATALITIES_EXACT)).isEqualTo(new Trial(0, 1));
        assertThat(s.trial(Field.FATALITIES_NONZERO)).isEqualTo(Trial.NOT_ASKED);
        assertThat(s.foundFamily()).isNull();
    }

    @Test
    void fieldsDisagreeIndependently() {
        AcledRow r = row("Explosions/Remote violence", "Air/drone strike", "8", "7", "Idleb", 35.86, 36.80,
                "An air strike killed 2 civilians.", 2);
        // shelling 60 km away, a day late, three dead, a state actor
        RowScore s = scorer.score(r, List.of(mention("Explosions/Remote violence", "Shelling/artillery/missile attack",
                "Aleppo", 36.40, 36.80, "state forces", "civilians", 3L, LocalDate.of(2021, 6, 4))));
        assertThat(s.trial(Field.FAMILY_TOP1).agreed()).isEqualTo(1);
        assertThat(s.trial(Field.CLASS_TOP1).agreed()).isZero();
        assertThat(s.trial(Field.SUB_TYPE_TOP1).agreed()).isZero();
        assertThat(s.trial(Field.FATALITIES_EXACT).agreed()).isZero();
        assertThat(s.trial(Field.GEO_25KM).agreed()).isZero();
        assertThat(s.trial(Field.GEO_100KM).agreed()).isEqualTo(1);
        assertThat(s.trial(Field.ADMIN1_LOOSE).agreed()).isZero();
        assertThat(s.trial(Field.ACTOR_TYPE)).isEqualTo(new Trial(1, 2));
        assertThat(s.trial(Field.DATE).agreed()).isZero();
        assertThat(s.km()).isBetween(59.0, 61.0);
    }

    @Test
    void aRowWhoseNotesSplitFatalitiesIsNotAskedForThem() {
        AcledRow r = row("Battles", "Armed clash", "1", "2", "Idleb", 35.86, 36.80,
                "Clashes left 5 dead; fatalities split across the two days.", 2);
        RowScore s = scorer.score(r, List.of());
        assertThat(s.trial(Field.FATALITIES_EXACT)).isEqualTo(Trial.NOT_ASKED);
        assertThat(s.trial(Field.FATALITIES_NONZERO)).isEqualTo(Trial.NOT_ASKED);
    }

    @Test
    void aVagueCountIsNoFatalities() {
        AcledRow r = row("Battles", "Armed clash", "1", "2", "Idleb", 35.86, 36.80, "Several were killed.", 0);
        EventMention m = mention("Battles", "Armed clash", "Idlib", 35.86, 36.80, null, null, null, LocalDate.of(2021, 6, 3));
        EventMention vague = new EventMention(m.id(), m.type(), m.status(), false, m.date(), m.location(), null, null,
                null, null, Map.of(CountRole.FATALITIES, Count.vague("several")), List.of(), List.of(), "killed", "CASUALTY");
        assertThat(scorer.score(r, List.of(vague)).trial(Field.FATALITIES_EXACT)).isEqualTo(new Trial(1, 1));
    }
}
