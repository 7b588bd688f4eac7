package org.sitrep.resolve.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Dependency;
import org.sitrep.model.EventDate;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/** The event date of a trigger read with its sentence's words (sentences written for these tests). */
class DateInSentenceTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 5, 4); // a Tuesday
    private final DateResolver resolver = new DateResolver();

    /** A sentence of space-separated tokens; "said" and "told" are tagged as the verb "say". */
    private static Sentence sentence(String text) {
        return sentence(text, List.of());
    }

    private static Sentence sentence(String text, List<Dependency> deps) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            boolean say = w.equals("said") || w.equals("told");
            tokens.add(new Token(tokens.size(), w, at, at + w.length(), say ? "VBD" : "NN",
                    say ? "say" : w.toLowerCase(), "O", null));
            at += w.length() + 1;
        }
        return new Sentence(0, 0, text.length(), text, tokens, deps, List.of(), true);
    }

    /** The expression spelled by {@code words}, found in the sentence. */
    private static TimeExpression time(Sentence s, String words, String type, String value) {
        String[] parts = words.split(" ");
        List<Token> t = s.tokens();
        for (int i = 0; i + parts.length <= t.size(); i++) {
            boolean match = true;
            for (int j = 0; j < parts.length; j++) {
                match &= t.get(i + j).word().equals(parts[j]);
            }
            if (match) {
                return new TimeExpression(i, i + parts.length - 1, words, type, value);
            }
        }
        throw new IllegalArgumentException(words + " not in: " + s.text());
    }

    private static int at(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().begin();
    }

    @Test
    void anOpeningDateDatesTheSentencesEventOverABackgroundDate() {
        Sentence s = sentence("On 2 May 2021 , a trader who was kidnapped on 20 April was found dead near the market");
        List<TimeExpression> times = List.of(time(s, "20 April", "DATE", "XXXX-04-20"), time(s, "2 May 2021", "DATE", "2021-05-02"));
        EventDate d = resolver.resolve(s, times, at(s, "found"), PUBLISHED, false);
        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 5, 2));
        assertThat(d.text()).isEqualTo("2 May 2021");
    }

    @Test
    void aDateThatModifiesTheTriggerItselfKeepsItsEvent() {
        // "kidnapped" (token 9) governs "April" (token 12): the kidnapping has its own date
        Sentence s = sentence("On 2 May 2021 , a trader who was kidnapped on 20 April was found dead near the market",
                List.of(new Dependency(9, 12, "obl")));
        List<TimeExpression> times = List.of(time(s, "20 April", "DATE", "XXXX-04-20"), time(s, "2 May 2021", "DATE", "2021-05-02"));
        assertThat(resolver.resolve(s, times, at(s, "kidnapped"), PUBLISHED, false).date()).isEqualTo(LocalDate.of(2021, 4, 20));
        assertThat(resolver.resolve(s, times, at(s, "found"), PUBLISHED, false).date()).isEqualTo(LocalDate.of(2021, 5, 2));
    }

    @Test
    void aRangeInParenthesesAfterTheOpeningDoesNotDisplaceIt() {
        Sentence s = sentence("Around 1 May 2021 ( from 1 - 3 May ) , gunmen burned shops in the town");
        List<TimeExpression> times = List.of(time(s, "3 May", "DATE", "XXXX-05-03"), time(s, "1 May 2021", "DATE", "2021-05-01"));
        assertThat(resolver.resolve(s, times, at(s, "burned"), PUBLISHED, false).date()).isEqualTo(LocalDate.of(2021, 5, 1));
    }

    @Test
    void openingsAfterAHeadingAndWithReportedOn() {
        Sentence s = sentence("Arson : On 30 April 2021 , a hotel that had been closed for the last 3 years was set alight");
        List<TimeExpression> times = List.of(time(s, "the last 3 years", "DURATION", "P3Y"), time(s, "30 April 2021", "DATE", "2021-04-30"));
        assertThat(resolver.resolve(s, times, at(s, "alight"), PUBLISHED, false).date()).isEqualTo(LocalDate.of(2021, 4, 30));

        Sentence r = sentence("Reported on 28 April 2021 , militants ambushed a patrol that had left the base in 2019");
        List<TimeExpression> rt = List.of(time(r, "2019", "DATE", "2019"), time(r, "28 April 2021", "DATE", "2021-04-28"));
        assertThat(resolver.resolve(r, rt, at(r, "ambushed"), PUBLISHED, false).date()).isEqualTo(LocalDate.of(2021, 4, 28));
    }

    @Test
    void anOpeningThatDatesAStatementYieldsToTheReportedEventsOwnDate() {
        Sentence s = sentence("On Monday , officials said an air strike on Saturday killed five people");
        List<TimeExpression> times = List.of(time(s, "Saturday", "DATE", "XXXX-WXX-6"), time(s, "Monday", "DATE", "XXXX-WXX-1"));
        assertThat(resolver.resolve(s, times, at(s, "strike"), PUBLISHED, false).date()).isEqualTo(LocalDate.of(2021, 5, 1));
        // without a date of its own, the reported event takes the opening's
        Sentence t = sentence("On Monday , officials said an air strike killed five people");
        List<TimeExpression> tt = List.of(time(t, "Monday", "DATE", "XXXX-WXX-1"));
        assertThat(resolver.resolve(t, tt, at(t, "strike"), PUBLISHED, false).date()).isEqualTo(LocalDate.of(2021, 5, 3));
    }

    @Test
    void aDateInsideANameIsNoDate() {
        Sentence s = sentence("Shells hit the 9 April neighbourhood of the port city");
        EventDate d = resolver.resolve(s, List.of(time(s, "9 April", "DATE", "XXXX-04-09")), at(s, "hit"), PUBLISHED, false);
        assertThat(d.date()).isEqualTo(PUBLISHED);
        assertThat(d.basis()).isEqualTo(org.sitrep.model.DateBasis.PUBLICATION);

        Sentence m = sentence("Residents of Mar del Plata banged pots in protest");
        EventDate md = resolver.resolve(m, List.of(time(m, "Mar", "DATE", "XXXX-03")), at(m, "protest"), PUBLISHED, false);
        assertThat(md.date()).isEqualTo(PUBLISHED);
        // a month abbreviation with its day is a date
        Sentence n = sentence("Troops clashed with rebels on Mar 3");
        assertThat(resolver.resolve(n, List.of(time(n, "Mar 3", "DATE", "XXXX-03-03")), at(n, "clashed"), PUBLISHED, false).date())
                .isEqualTo(LocalDate.of(2021, 3, 3));
    }

    @Test
    void aTimeOfDayOrAQuantityIsNeverAYear() {
        Sentence s = sentence("The attack began at 1930 and lasted an hour");
        EventDate d = resolver.resolve(s, List.of(time(s, "1930", "DATE", "1930")), at(s, "attack"), PUBLISHED, false);
        assertThat(d.date()).isEqualTo(PUBLISHED);
        Sentence h = sentence("Shelling resumed after 2200 hours");
        assertThat(resolver.resolve(h, List.of(time(h, "2200", "DATE", "2200")), at(h, "Shelling"), PUBLISHED, false).date())
                .isEqualTo(PUBLISHED);
        Sentence kg = sentence("Police seized 1850 kg of cannabis");
        assertThat(resolver.resolve(kg, List.of(time(kg, "1850", "DATE", "1850")), at(kg, "seized"), PUBLISHED, false).date())
                .isEqualTo(PUBLISHED);
        // a year is still a year
        Sentence y = sentence("Families marked the massacre of 1995 in the town");
        EventDate yd = resolver.resolve(y, List.of(time(y, "1995", "DATE", "1995")), at(y, "massacre"), PUBLISHED, false);
        assertThat(yd.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(yd.date()).isEqualTo(LocalDate.of(1995, 1, 1));
    }

    @Test
    void aReportedEventIsNeverDatedAfterItsArticle() {
        Sentence s = sentence("Gunmen abducted a teacher on 29 May 2021 in the village");
        EventDate d = resolver.resolve(s, List.of(time(s, "29 May 2021", "DATE", "2021-05-29")), at(s, "abducted"), PUBLISHED, false);
        assertThat(d.date()).isEqualTo(PUBLISHED);
        assertThat(d.basis()).isEqualTo(org.sitrep.model.DateBasis.PUBLICATION);
        // a planned event may lie ahead
        EventDate planned = resolver.resolve(s, List.of(time(s, "29 May 2021", "DATE", "2021-05-29")), at(s, "abducted"), PUBLISHED, true);
        assertThat(planned.date()).isEqualTo(LocalDate.of(2021, 5, 29));
        // "next week" cannot date a past event
        Sentence w = sentence("Students protested against exams set for next week");
        EventDate nw = resolver.resolve(w, List.of(time(w, "next week", "DATE", "THIS P1W OFFSET P1W")), at(w, "protested"), PUBLISHED, false);
        assertThat(nw.date()).isEqualTo(PUBLISHED);
    }

    @Test
    void aWeekdayEarlierInTheWeekIsTheDayBeforeTheArticle() {
        Sentence s = sentence("On Friday , rioters burned tyres on the main road");
        EventDate d = resolver.resolve(s, List.of(time(s, "Friday", "DATE", "XXXX-WXX-5")), at(s, "burned"), PUBLISHED, false);
        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 4, 30));
        assertThat(d.date()).isBefore(PUBLISHED);
    }

    @Test
    void unresolvableWordsStayNullWithTheirWords() {
        Sentence s = sentence("Militants attacked a checkpoint on Sunday");
        EventDate d = resolver.resolve(s, List.of(time(s, "Sunday", "DATE", "XXXX-WXX-7")), at(s, "attacked"), null, false);
        assertThat(d.date()).isNull();
        assertThat(d.text()).isEqualTo("Sunday");
        assertThat(d.precision()).isEqualTo(DatePrecision.UNKNOWN);
    }

    @Test
    void aWireDatelineIsTheDayRelativeWordsCountFromAndDatesNoEvent() {
        // published a week after the story was filed: "on Monday" is the Monday before the dateline's Friday
        Sentence s = sentence("KHARTOUM , April 30 ( Reuters ) - Shelling killed nine civilians in Omdurman on Monday , a committee said");
        TimeExpression line = time(s, "April 30", "DATE", "XXXX-04-30");
        TimeExpression monday = time(s, "Monday", "DATE", "XXXX-WXX-1");
        LocalDate filed = resolver.anchorOf(List.of(withTimes(s, List.of(line, monday))), PUBLISHED);
        assertThat(filed).isEqualTo(LocalDate.of(2021, 4, 30));
        EventDate d = resolver.resolve(s, List.of(line, monday), at(s, "killed"), filed, false);
        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 4, 26));
        assertThat(d.text()).isEqualTo("Monday");
        // with no other date words the event takes the filing day, as the day of its report (basis publication)
        Sentence u = sentence("GOMA , Congo , April 30 ( AFP ) \u2014 Rebels killed nine villagers near Rutshuru");
        TimeExpression uline = time(u, "April 30", "DATE", "XXXX-04-30");
        EventDate ud = resolver.resolve(u, List.of(uline), at(u, "killed"), resolver.anchorOf(List.of(withTimes(u, List.of(uline))), PUBLISHED), false);
        assertThat(ud.date()).isEqualTo(LocalDate.of(2021, 4, 30));
        assertThat(ud.basis()).isEqualTo(org.sitrep.model.DateBasis.PUBLICATION);
    }

    @Test
    void aDateAfterACommaIsNoDatelineWithoutItsDashAndADatelineAfterPublicationIsIgnored() {
        Sentence s = sentence("In Kidal , April 28 was quiet until gunmen attacked a checkpoint");
        TimeExpression t = time(s, "April 28", "DATE", "XXXX-04-28");
        assertThat(resolver.anchorOf(List.of(withTimes(s, List.of(t))), PUBLISHED)).isEqualTo(PUBLISHED);
        Sentence late = sentence("MOGADISHU , May 9 ( Reuters ) - A car bomb killed six people at a checkpoint");
        TimeExpression lt = time(late, "May 9", "DATE", "XXXX-05-09");
        assertThat(resolver.anchorOf(List.of(withTimes(late, List.of(lt))), PUBLISHED)).isEqualTo(PUBLISHED);
    }

    @Test
    void daysOfOneMonthWrittenAsARangeAreThatRange() {
        Sentence s = sentence("Fighting killed ten people on 3 - 4 April in Shan state");
        EventDate d = resolver.resolve(s, List.of(time(s, "April", "DATE", "XXXX-04")), at(s, "killed"), PUBLISHED, false);
        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 4, 3));
        assertThat(d.dateEnd()).isEqualTo(LocalDate.of(2021, 4, 4));
        assertThat(d.precision()).isEqualTo(DatePrecision.RANGE);
        assertThat(d.text()).isEqualTo("3 - 4 April");
        Sentence n = sentence("Gunmen killed 14 people on the night of 3 to 4 April , a rights group said");
        EventDate nd = resolver.resolve(n, List.of(time(n, "4 April", "DATE", "XXXX-04-04")), at(n, "killed"), PUBLISHED, false);
        assertThat(nd.date()).isEqualTo(LocalDate.of(2021, 4, 3));
        assertThat(nd.dateEnd()).isEqualTo(LocalDate.of(2021, 4, 4));
        // a count before a date is no first day: "killed 20 on 4 April"
        Sentence c = sentence("Gunmen killed 20 on 4 April near the market");
        EventDate cd = resolver.resolve(c, List.of(time(c, "4 April", "DATE", "XXXX-04-04")), at(c, "killed"), PUBLISHED, false);
        assertThat(cd.date()).isEqualTo(LocalDate.of(2021, 4, 4));
        assertThat(cd.precision()).isEqualTo(DatePrecision.DAY);
    }

    private static Sentence withTimes(Sentence s, List<TimeExpression> times) {
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), s.deps(), times, s.deep());
    }
}
