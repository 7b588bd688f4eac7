package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fuse.ClusterMentions.HOMS;
import static org.sitrep.fuse.ClusterMentions.HOMS_REGION;
import static org.sitrep.fuse.ClusterMentions.published;
import static org.sitrep.fuse.ClusterMentions.shelling;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateReference;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;

/** The days a publication-dated or undated report's own article names for events at its place. */
class ArticleDaysTest {
    private static final LocalDate DAY = LocalDate.of(2016, 3, 8);

    private static EventMention named(String doc, LocalDate day, Place place) {
        return ClusterMentions.mention(doc, new EventDate(day, null, DatePrecision.DAY, "on 8 March", DateBasis.TEXT,
                DateReference.CALENDAR), place, 4);
    }

    @Test
    void aReportWithoutDateWordsTakesTheCalendarDaysItsArticleNamesAtItsPlace() {
        EventMention dayed = named("b", DAY, HOMS);
        EventMention counted = shelling("b", DAY.plusDays(1), HOMS, 4);
        EventMention undatedSentence = published("b", DAY.plusDays(1), HOMS, 4);
        EventMention atRegion = published("b", DAY.plusDays(1), HOMS_REGION, 4);
        EventMention otherArticle = published("c", DAY.plusDays(1), HOMS, 4);
        EventMention elsewhereInOtherArticle = named("c", DAY, HOMS_REGION);
        Map<EventMention, List<EventDate>> days = ArticleDays.of(List.of(shelling("a", DAY.minusDays(1), HOMS, 4),
                dayed, counted, undatedSentence, atRegion, otherArticle, elsewhereInOtherArticle));
        assertThat(days).containsOnlyKeys(undatedSentence);
        assertThat(days.get(undatedSentence)).containsExactly(dayed.date());
    }

    @Test
    void aReportWithNoDateTakesTheCalendarDaysItsArticleNamesAtItsPlace() {
        EventMention dayed = named("b", DAY, HOMS);
        EventMention undated = ClusterMentions.mention("b", new EventDate(null, null, null, null, DateBasis.NONE), HOMS, 4);
        Map<EventMention, List<EventDate>> days = ArticleDays.of(List.of(dayed, undated));
        assertThat(days).containsOnlyKeys(undated);
        assertThat(days.get(undated)).containsExactly(dayed.date());
    }
}
