package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fuse.ClusterMentions.HOMS;
import static org.sitrep.fuse.ClusterMentions.HOMS_REGION;
import static org.sitrep.fuse.ClusterMentions.published;
import static org.sitrep.fuse.ClusterMentions.shelling;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateReference;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;
import org.sitrep.resolve.place.Gazetteer;

/** Whether a report may join a forming event, and what it shares with it. */
class JoinRulesTest {
    private static final LocalDate DAY = LocalDate.of(2016, 3, 8);
    private static JoinRules rules;
    private static JoinFeatures features;

    @BeforeAll
    static void load() {
        EventClasses classes = new EventClasses();
        rules = new JoinRules(new Compatibility(Gazetteer.load(), classes), classes, new NamedSites(), new Crowds(classes));
        features = new JoinFeatures(rules);
    }

    /** An event founded by the first mention, a direct report; the others only listed. */
    private static FormingEvent founded(List<EventMention> ms) {
        FormingEvent e = new FormingEvent(0);
        e.add(0, ms.get(0), true);
        return e;
    }

    @Test
    void sameTownNeedsTwoTownsOfOneEntry() {
        assertThat(JoinRules.sameTown(shelling("a", DAY, HOMS, 4), shelling("b", DAY, HOMS, 4))).isTrue();
        assertThat(JoinRules.sameTown(shelling("a", DAY, HOMS, 4), shelling("b", DAY, HOMS_REGION, 4))).isFalse();
        assertThat(JoinRules.sameTown(shelling("a", DAY, HOMS, 4), shelling("b", DAY, null, 4))).isFalse();
    }

    @Test
    void aDirectReportFitsAnotherOutletsReportOfTheSameDayButNotASecondOfTheSameArticle() {
        List<EventMention> ms = List.of(shelling("a", DAY, HOMS, 4), shelling("b", DAY, HOMS, 5),
                shelling("a", DAY, HOMS, 4), shelling("c", DAY.plusDays(3), HOMS, 4));
        FormingEvent e = founded(ms);
        assertThat(rules.fitsDirect(ms, ms.get(1), e)).isTrue();
        assertThat(rules.fitsDirect(ms, ms.get(2), e)).as("kept apart by its own article").isFalse();
        assertThat(rules.fitsDirect(ms, ms.get(3), e)).as("three days later").isFalse();
    }

    @Test
    void aReportDatedByPublicationFitsARecentEventButNotOneHalfAYearBefore() {
        List<EventMention> ms = List.of(shelling("a", DAY, HOMS, 4), published("b", DAY.plusDays(1), HOMS_REGION, 4),
                published("c", DAY.plusDays(JoinRules.LOOKBACK_DAYS + 1), HOMS_REGION, 4),
                published("d", DAY.minusDays(3), HOMS_REGION, 4), published("e", DAY, HOMS_REGION, 4));
        FormingEvent e = founded(ms);
        assertThat(rules.fitsWeak(ms, ms.get(1), e, EnumSet.noneOf(JoinFeature.class), List.of())).as("published the day after")
                .isTrue();
        assertThat(rules.fitsWeak(ms, ms.get(4), e, EnumSet.noneOf(JoinFeature.class), List.of())).as("published that day")
                .isTrue();
        assertThat(rules.fitsWeak(ms, ms.get(2), e, TELLS, List.of())).isFalse();
        assertThat(rules.fitsWeak(ms, ms.get(3), e, TELLS, List.of())).as("published before the event happened").isFalse();
    }

    /** What a report shares with an event of an earlier day when it tells that event. */
    private static final Set<JoinFeature> TELLS = EnumSet.of(JoinFeature.SAME_TOWN, JoinFeature.SAME_SUB_TYPE,
            JoinFeature.SHARED_WORDS, JoinFeature.EARLIER_EVENT);

    @Test
    void aReportDatedByPublicationDaysAfterTheEventMustTellIt() {
        List<EventMention> ms = List.of(shelling("a", DAY, HOMS, 4), published("b", DAY.plusDays(3), HOMS, 4),
                published("c", DAY.minusDays(2), HOMS, 4));
        FormingEvent e = founded(ms);
        assertThat(rules.fitsWeak(ms, ms.get(1), e, TELLS, List.of())).as("same town and type, in shared words").isTrue();
        assertThat(rules.fitsWeak(ms, ms.get(1), e, EnumSet.of(JoinFeature.SAME_TOWN, JoinFeature.SAME_SUB_TYPE,
                JoinFeature.EARLIER_EVENT), List.of())).as("no words of the event's own").isFalse();
        assertThat(rules.fitsWeak(ms, ms.get(1), e, EnumSet.of(JoinFeature.NESTED_PLACE, JoinFeature.SHARED_WORDS,
                JoinFeature.EARLIER_EVENT), List.of())).as("a place around the town").isFalse();
        assertThat(rules.fitsWeak(ms, ms.get(1), e, EnumSet.of(JoinFeature.SAME_TOWN, JoinFeature.SAME_ARTICLE,
                JoinFeature.EARLIER_EVENT), List.of())).as("another sentence of the event's own article").isTrue();
        assertThat(rules.fitsWeak(ms, ms.get(2), e, TELLS, List.of())).as("published two days before the event").isFalse();
    }

    @Test
    void aReportDatedByPublicationIsOfTheDayItsArticleNamesAtItsPlace() {
        EventMention named = ClusterMentions.mention("a",
                new EventDate(DAY, null, DatePrecision.DAY, "on 8 March", DateBasis.TEXT, DateReference.CALENDAR), HOMS, 4);
        List<EventMention> ms = List.of(named, published("b", DAY.plusDays(1), HOMS, 4));
        FormingEvent e = founded(ms);
        EventDate nextDay = new EventDate(DAY.plusDays(1), null, DatePrecision.DAY, "on 9 March", DateBasis.TEXT,
                DateReference.CALENDAR);
        EventDate yesterday = new EventDate(DAY.plusDays(1), null, DatePrecision.DAY, "yesterday", DateBasis.TEXT,
                DateReference.COUNTED);
        Set<JoinFeature> none = EnumSet.noneOf(JoinFeature.class);
        assertThat(rules.fitsWeak(ms, ms.get(1), e, none, List.of())).as("published the day after").isTrue();
        assertThat(rules.fitsWeak(ms, ms.get(1), e, none, List.of(named.date()))).as("its article names 8 March").isTrue();
        assertThat(rules.fitsWeak(ms, ms.get(1), e, none, List.of(nextDay))).as("its article names 9 March").isFalse();
        assertThat(rules.fitsWeak(ms, ms.get(1), e, none, List.of(yesterday))).as("a counted day's slack").isTrue();
        assertThat(rules.fitsWeak(ms, ms.get(1), e, none, List.of(nextDay, named.date()))).as("either day").isTrue();
        List<EventMention> countedEvent = List.of(shelling("a", DAY, HOMS, 4), ms.get(1));
        assertThat(rules.fitsWeak(countedEvent, ms.get(1), founded(countedEvent), none, List.of(nextDay)))
                .as("an event whose day is counted keeps the publication rules").isTrue();
    }

    @Test
    void anUndatedReportIsOfTheDayItsArticleNamesAtItsPlace() {
        EventDate nextDay = new EventDate(DAY.plusDays(1), null, DatePrecision.DAY, "on 9 March", DateBasis.TEXT,
                DateReference.CALENDAR);
        EventDate named = new EventDate(DAY, null, DatePrecision.DAY, "on 8 March", DateBasis.TEXT, DateReference.CALENDAR);
        EventMention undated = ClusterMentions.mention("b", new EventDate(null, null, null, null, DateBasis.NONE), HOMS, 4);
        List<EventMention> ms = List.of(ClusterMentions.mention("a", nextDay, HOMS, 4), undated);
        FormingEvent e = founded(ms);
        Set<JoinFeature> none = EnumSet.noneOf(JoinFeature.class);
        assertThat(rules.fitsWeak(ms, undated, e, none, List.of())).as("its article names no day").isTrue();
        assertThat(rules.fitsWeak(ms, undated, e, none, List.of(named))).as("its article names 8 March").isFalse();
        assertThat(rules.fitsWeak(ms, undated, e, none, List.of(nextDay))).as("its article names 9 March").isTrue();
    }

    @Test
    void aReportFitsTheDaysAnUndatedReportsArticleNames() {
        EventDate named = new EventDate(DAY, null, DatePrecision.DAY, "on 8 March", DateBasis.TEXT, DateReference.CALENDAR);
        assertThat(JoinRules.ofArticleDays(published("a", DAY, HOMS, 4).date(), List.of(named))).isTrue();
        assertThat(JoinRules.ofArticleDays(published("a", DAY.plusDays(4), HOMS, 4).date(), List.of(named)))
                .as("published four days later").isFalse();
        EventDate nextDay = new EventDate(DAY.plusDays(1), null, DatePrecision.DAY, "on 9 March", DateBasis.TEXT,
                DateReference.CALENDAR);
        assertThat(JoinRules.ofArticleDays(nextDay, List.of(named))).as("another named day").isFalse();
        assertThat(JoinRules.ofArticleDays(named, List.of(named))).as("the named day").isTrue();
        assertThat(JoinRules.ofArticleDays(published("a", DAY.plusDays(4), HOMS, 4).date(), List.of()))
                .as("its article names no day").isTrue();
    }

    @Test
    void twoWeakReportsDatedOnlyByPublicationMeetOnlyWhenPublishedTheSameDay() {
        EventMention a = published("a", DAY, HOMS_REGION, 4);
        assertThat(rules.weakJoins(a, published("b", DAY, HOMS_REGION, 4))).isTrue();
        assertThat(rules.weakJoins(a, published("b", DAY.plusDays(1), HOMS_REGION, 4))).isFalse();
        EventMention atRegion = ClusterMentions.mention("c",
                new EventDate(DAY, null, DatePrecision.DAY, "on Tuesday", DateBasis.TEXT, DateReference.COUNTED),
                HOMS_REGION, 4);
        assertThat(rules.weakJoins(atRegion, a)).as("published on the day the other's words name").isTrue();
        assertThat(rules.weakJoins(atRegion, published("d", DAY.plusDays(2), HOMS_REGION, 4)))
                .as("published two days after the other's day").isFalse();
    }

    @Test
    void weakReportsMeetOnlyAtOnePlaceNamedAlike() {
        EventMention a = published("a", DAY, HOMS_REGION, 4);
        assertThat(rules.weakJoins(a, published("b", DAY, HOMS_REGION, 4))).isTrue();
        assertThat(rules.weakJoins(a, published("c", DAY, HOMS, 4))).isFalse();
        assertThat(rules.weakJoins(a, published("d", DAY.plusDays(5), HOMS_REGION, 4))).isFalse();
    }

    @Test
    void twoTownsOfOneNameFarApartAreTwoPlaces() {
        Place other = new Place("Homs", "Syria", "SY", "Idlib", "SY.10", null, 35.93, 36.63, 1, List.of(), 1L, "Homs");
        assertThat(JoinRules.apart(HOMS, other)).isTrue();
        assertThat(JoinRules.sameTown(shelling("a", DAY, HOMS, 4), shelling("b", DAY, other, 4))).isFalse();
        List<EventMention> ms = List.of(shelling("a", DAY, HOMS, 4), shelling("b", DAY, other, 4));
        assertThat(rules.fitsDirect(ms, ms.get(1), founded(ms))).isFalse();
        assertThat(JoinRules.apart(HOMS, HOMS_REGION)).as("a region holding the town").isFalse();
    }

    @Test
    void namedCalendarDaysThatDifferNeverJoinButADayCountedFromWritingKeepsItsSlack() {
        EventMention first = ClusterMentions.mention("a",
                new EventDate(DAY, null, DatePrecision.DAY, "on 8 March 2016", DateBasis.TEXT,
                        DateReference.CALENDAR), HOMS, 4);
        EventMention next = ClusterMentions.mention("b",
                new EventDate(DAY.plusDays(1), null, DatePrecision.DAY, "on 9 March", DateBasis.TEXT,
                        DateReference.CALENDAR), HOMS, 4);
        EventMention counted = ClusterMentions.mention("c",
                new EventDate(DAY.plusDays(1), null, DatePrecision.DAY, "yesterday", DateBasis.TEXT,
                        DateReference.COUNTED), HOMS, 4);
        EventMention atRegion = ClusterMentions.mention("d",
                new EventDate(DAY.plusDays(1), null, DatePrecision.DAY, "on 9 March", DateBasis.TEXT,
                        DateReference.CALENDAR), HOMS_REGION, 4);
        List<EventMention> ms = List.of(first, next, counted, atRegion);
        FormingEvent e = founded(ms);
        assertThat(rules.fitsDirect(ms, next, e)).as("8 and 9 March").isFalse();
        assertThat(rules.fitsDirect(ms, counted, e)).isTrue();
        assertThat(rules.fitsWeak(ms, atRegion, e, EnumSet.noneOf(JoinFeature.class), List.of()))
                .as("9 March at the region around the town").isFalse();
    }

    @Test
    void reportsOfOneTownAndDayNamingTwoPartsOfItAreTwoEvents() {
        EventDate day = new EventDate(DAY, null, DatePrecision.DAY, "on 8 March 2016", DateBasis.TEXT);
        List<EventMention> ms = List.of(
                ClusterMentions.told("a", day, HOMS, 4, "On 8 March 2016, shells hit the Inshaat neighbourhood of Homs."),
                ClusterMentions.told("b", day, HOMS, 4, "On 8 March 2016, shells hit the Qusour neighbourhood of Homs."),
                ClusterMentions.told("c", day, HOMS, 4, "Shelling hit Homs's Inshaat neighbourhood on 8 March 2016."),
                ClusterMentions.told("d", day, HOMS, 4, "On 8 March 2016, shells hit Homs, killing four."),
                ClusterMentions.told("e", day, HOMS_REGION, 4, "On 8 March 2016, shells hit the Qusour neighbourhood."));
        FormingEvent e = founded(ms);
        assertThat(rules.fitsDirect(ms, ms.get(1), e)).as("another neighbourhood").isFalse();
        assertThat(rules.fitsDirect(ms, ms.get(2), e)).as("the same neighbourhood").isTrue();
        assertThat(rules.fitsDirect(ms, ms.get(3), e)).as("no part named").isTrue();
        assertThat(rules.fitsWeak(ms, ms.get(4), e, EnumSet.noneOf(JoinFeature.class), List.of()))
                .as("weak, another neighbourhood").isFalse();
        assertThat(rules.weakJoins(ms.get(4), ClusterMentions.told("f", day, HOMS_REGION, 4,
                "Shells fell on the Inshaat neighbourhood on 8 March 2016."))).as("two weak reports").isFalse();
    }

    @Test
    void reportsWithoutAPlaceNeverMeet() {
        assertThat(rules.weakJoins(published("a", DAY, null, 4), published("b", DAY, null, 4))).isFalse();
    }

    @Test
    void aSecondOutletAtTheSameTownOnTheSameDaySharesTownDaySubTypeAndCounts() {
        List<EventMention> ms = List.of(shelling("a", DAY, HOMS, 4), shelling("b", DAY, HOMS, 4));
        Map<EventMention, Set<String>> stems = new IdentityHashMap<>();
        ms.forEach(m -> stems.put(m, Words.stems(m)));
        Set<JoinFeature> why = features.of(ms, ms.get(1), founded(ms), stems);
        assertThat(why).contains(JoinFeature.SAME_TOWN, JoinFeature.SAME_DAY, JoinFeature.SAME_SUB_TYPE,
                JoinFeature.COUNTS_AGREE).doesNotContain(JoinFeature.NESTED_PLACE, JoinFeature.OVERLAPPING_DATES,
                JoinFeature.SAME_ARTICLE, JoinFeature.EARLIER_EVENT);
    }

    @Test
    void theScoreIsTheSumOfTheWeights() {
        assertThat(JoinFeatures.score(EnumSet.of(JoinFeature.SAME_TOWN, JoinFeature.SAME_DAY))).isEqualTo(5);
        assertThat(JoinFeatures.score(EnumSet.of(JoinFeature.EARLIER_EVENT))).isZero();
        assertThat(JoinFeatures.score(EnumSet.noneOf(JoinFeature.class))).isZero();
    }
}
