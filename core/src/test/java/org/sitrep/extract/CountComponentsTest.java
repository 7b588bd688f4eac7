package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Sentence;
import org.sitrep.model.Status;

/** Counts of the dead by ACLED's conventions, and the status of reported past events, on sentences written here. */
class CountComponentsTest {
    private static AnnotatedArticle annotated(String text) {
        return Sentences.annotated(text);
    }

    private static SentenceContext ctx(String text) {
        return Sentences.context(text);
    }

    /** The last sentence of a text whose first sentence only sets the scene (ingest wants a few words). */
    private SentenceContext last(String text) {
        List<Sentence> all = annotated(text).sentences();
        Sentence s = all.get(all.size() - 1);
        assertThat(s.deep()).as("parsed: %s", s.text()).isTrue();
        return Sentences.of(s);
    }

    private Map<CountRole, Count> counts(String text) {
        Map<CountRole, Count> out = new java.util.EnumMap<>(CountRole.class);
        new CountReader().read(ctx(text), null).forEach(f -> out.put(f.role(), f.count()));
        return out;
    }

    @Test
    void onePersonNamedByRoleOrKinIsOneFatality() {
        assertThat(counts("A provincial judge was killed by gunmen in Herat on Monday.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "A provincial judge"));
        assertThat(counts("Bandits stopped a minibus near Gusau and killed the driver.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "the driver"));
        assertThat(counts("The victim died in hospital in Kaduna two days later.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "The victim"));
        assertThat(counts("Gunmen assassinated a local councillor in Maiduguri.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "a local councillor"));
    }

    @Test
    void conjoinedPersonsAndAPhraseAfterThePersonAreRead() {
        assertThat(counts("A shepherd and his son were killed by bandits near Gusau.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(2L, Qualifier.EXACT, "A shepherd and his son"));
        assertThat(counts("A prosecutor of the district court was shot dead in Kandahar.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "A prosecutor"));
        // "the death of a nurse" names a death without making it this sentence's toll
        assertThat(counts("Nurses marched in Kano to mourn the death of a nurse.")).doesNotContainKey(CountRole.FATALITIES);
    }

    @Test
    void alternativeFatesAreNoToll() {
        assertThat(counts("Four rebels were killed, injured or captured in the operation near Kidal."))
                .doesNotContainKey(CountRole.FATALITIES);
    }

    @Test
    void aGroupIsNeverOneAndTheWithoutHarmCountsNothing() {
        assertThat(counts("Air strikes hit Saada, killing a group of rebel fighters.")).doesNotContainKey(CountRole.FATALITIES);
        assertThat(counts("The driver told police that gunmen fired at the bus near Gusau.")).isEmpty();
    }

    @Test
    void aHedgeBetweenTheGroupAndItsFateKeepsTheCount() {
        Map<CountRole, Count> c = counts("Nine soldiers were reported killed and 4 others injured in the blast near Gao.");
        assertThat(c.get(CountRole.FATALITIES)).isEqualTo(new Count(9L, Qualifier.EXACT, "Nine soldiers"));
    }

    @Test
    void tollStatementReadsTheStatedFigure() {
        TollStatement tolls = new TollStatement();
        TollStatement.Stated two = tolls.read(last("Gunmen raided a farm near Gao on Monday. 2 fatalities.")).orElseThrow();
        assertThat(two.count()).isEqualTo(new Count(2L, Qualifier.EXACT, "2 fatalities"));
        assertThat(two.linked()).isFalse();
        TollStatement.Stated coded = tolls.read(last("Gunmen raided a farm near Gao on Monday. Unknown fatalities coded as 10.")).orElseThrow();
        assertThat(coded.count()).isEqualTo(new Count(10L, Qualifier.EXACT, "fatalities coded as 10"));
        assertThat(coded.linked()).isTrue();
        assertThat(tolls.read(last("Gunmen raided a farm near Gao. Fatalities coded as 0 (a local monitor reported 1).")).orElseThrow().count().value())
                .isZero();
        assertThat(tolls.read(last("Gunmen raided a farm near Gao. Unknown fatalities coded as 12 and split across 3 villages.")).orElseThrow().count())
                .isEqualTo(new Count(4L, Qualifier.EXACT, "fatalities coded as 12 and split across 3"));
        // a longer sentence tells something of its own: no statement of the toll
        assertThat(tolls.read(ctx("The fever has caused 300 deaths across the region since January."))).isEmpty();
    }

    @Test
    void tollStatementReadsRangesAdditionsModifiersAndShares() {
        TollStatement tolls = new TollStatement();
        assertThat(tolls.read(last("Herders and farmers clashed near Makurdi. Reports on fatalities range from 3 to 6.")).orElseThrow().count())
                .isEqualTo(new Count(3L, Qualifier.AT_LEAST, "fatalities range from 3"));
        assertThat(tolls.read(last("Rebels ambushed a patrol near Kidal. Unknown fatalities coded at 4, in addition to 3 known fatalities."))
                .orElseThrow().count()).isEqualTo(new Count(7L, Qualifier.EXACT, "fatalities coded at 4, in addition to 3"));
        assertThat(tolls.read(last("A bomb hit a bus near Kandahar. Total fatalities coded to 12.")).orElseThrow().count().value()).isEqualTo(12L);
        assertThat(tolls.read(last("Troops raided a camp near Kidal. The rebels confirmed 5 rebel fatalities.")).orElseThrow().count())
                .isEqualTo(new Count(5L, Qualifier.EXACT, "5 rebel fatalities"));
        assertThat(tolls.read(last("Clans fought near Marawi. Three fatalities distributed across two days.")).orElseThrow().count())
                .isEqualTo(new Count(1L, Qualifier.EXACT, "Three fatalities distributed across two"));
        assertThat(tolls.read(last("Clans fought near Marawi. Unclear fatalities coded as 9 (a third of 27) and spread across 3 locations."))
                .orElseThrow().count().value()).isEqualTo(3L);
        TollStatement.Stated shared = tolls.read(last("Clans fought near Marawi. Fatalities distributed across four events.")).orElseThrow();
        assertThat(shared.count()).isNull();
        assertThat(shared.share()).isEqualTo(4);
    }

    @Test
    void aShareIsTheNearestWholeNumberWithAHalfRoundedDown() {
        assertThat(TollStatement.shareOf(31, 6)).isEqualTo(5);
        assertThat(TollStatement.shareOf(18, 5)).isEqualTo(4);
        assertThat(TollStatement.shareOf(57, 2)).isEqualTo(28);
        assertThat(TollStatement.shareOf(10, 2)).isEqualTo(5);
    }

    @Test
    void aStatementWithoutAFigureSharesOutTheEventsOwnToll() {
        List<MentionDraft> drafts = new Extractor().extract(annotated("On 3 May 2020, militias clashed with herders in "
                + "several villages near Nyala, killing at least 40. Fatalities distributed across three events.")).drafts();
        assertThat(drafts).isNotEmpty();
        assertThat(drafts.get(0).counts().get(CountRole.FATALITIES).value()).isEqualTo(13L);
    }

    @Test
    void aStatedTollReplacesThePartsReadBeforeIt() {
        List<MentionDraft> drafts = new Extractor().extract(annotated("On 1 May 2020, militants attacked a checkpoint "
                + "near Kidal, killing 2 soldiers. One attacker was also killed. Total fatalities coded as 3.")).drafts();
        assertThat(drafts).isNotEmpty();
        assertThat(drafts.get(0).counts().get(CountRole.FATALITIES)).isEqualTo(new Count(3L, Qualifier.EXACT, "fatalities coded as 3"));
    }

    @Test
    void aFiniteClauseAfterAPurposeIsAFact() {
        SentenceContext c = ctx("Troops arrived in Kidal to secure the town after a clash broke out there on Sunday.");
        Trigger clash = new TriggerFinder().find(c).stream().filter(t -> t.frame() == org.sitrep.model.Frame.CLASH)
                .findFirst().orElseThrow();
        assertThat(clash.status()).isEqualTo(Status.OCCURRED);
    }

    @Test
    void aPerfectInfinitiveReportsThePastNotAPlan() {
        SentenceContext c = ctx("On 1 May 2020, the rebels claimed to have attacked an army post near Kidal.");
        List<Trigger> ts = new TriggerFinder().find(c);
        assertThat(ts).isNotEmpty();
        assertThat(ts).extracting(Trigger::status).doesNotContain(Status.PLANNED);
        SentenceContext plan = ctx("The rebels plan to attack an army post near Kidal.");
        assertThat(new TriggerFinder().find(plan)).extracting(Trigger::status).containsOnly(Status.PLANNED);
    }
}
