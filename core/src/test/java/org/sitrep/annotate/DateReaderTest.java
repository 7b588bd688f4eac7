package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dates the reader reads without SUTime, with SUTime's spans and values, and the windows it leaves to SUTime. */
class DateReaderTest {
    /** Words split on spaces; tags as the POS tagger gives them for these words (proper nouns capitalized). */
    private static Optional<List<ReadDate>> read(String window) {
        List<String> words = List.of(window.split(" "));
        List<String> tags = new ArrayList<>();
        for (String w : words) {
            tags.add(Character.isUpperCase(w.charAt(0)) ? "NNP" : Character.isDigit(w.charAt(0)) ? "CD"
                    : w.endsWith("s") ? "NNS" : "NN");
        }
        return DateReader.get().read(words, tags);
    }

    @Test
    void aNoteOpeningWithDayMonthYear() {
        assertThat(read("On 14 September 2021 , gunmen ambushed a")).contains(List.of(ReadDate.of(1, 4, "2021-09-14")));
        assertThat(read("On 2nd March 2019 , traders closed their")).contains(List.of(ReadDate.of(1, 4, "2019-03-02")));
    }

    @Test
    void monthDayCommaYearAndIsoDates() {
        assertThat(read("On August 9 , 2018 , the army said")).contains(List.of(ReadDate.of(1, 5, "2018-08-09")));
        assertThat(read("the raid took place on 2022-11-30 ( local")).contains(List.of(ReadDate.of(5, 6, "2022-11-30")));
    }

    @Test
    void datesWithoutYearOrDay() {
        assertThat(read("convoy was hit on 12 June near the checkpoint")).contains(List.of(ReadDate.of(4, 6, "XXXX-06-12")));
        assertThat(read("rebels said on October 4 they had")).contains(List.of(ReadDate.of(3, 5, "XXXX-10-04")));
        assertThat(read("In February 2023 , the militia took")).contains(List.of(ReadDate.of(1, 3, "2023-02")));
        assertThat(read("fled in July as the fighting")).contains(List.of(ReadDate.of(2, 3, "XXXX-07")));
        assertThat(read("the talks collapsed in 2017 , and the")).contains(List.of(ReadDate.of(4, 5, "2017")));
    }

    @Test
    void weekdaysAndDaysNamedFromToday() {
        assertThat(read("a drone struck the depot on Thursday , officials")).contains(List.of(ReadDate.of(6, 7, "XXXX-WXX-4")));
        Optional<List<ReadDate>> y = read("Workers blocked the port yesterday , demanding back");
        assertThat(y).contains(List.of(ReadDate.relative(4, 5, "OFFSET P-1D")));
        assertThat(y.get().get(0).normalized()).isEqualTo("OFFSET P-1D");
        assertThat(read("the governor said today that the")).contains(List.of(ReadDate.relative(3, 4, "THIS P1D")));
        assertThat(read("Tomorrow the union will march")).isEmpty(); // "will" may make SUTime resolve forward
    }

    @Test
    void twoDatesApartInOneWindow() {
        assertThat(read("on 3 May 2020 two died , and on 4 May 2020 three"))
                .contains(List.of(ReadDate.of(1, 4, "2020-05-03"), ReadDate.of(9, 12, "2020-05-04")));
    }

    @Test
    void leavesToSutimeWhatItMightReadOtherwise() {
        assertThat(read("Late on 3 May 2020 , a drone")).isEmpty(); // SUTime takes "Late on" into the date
        assertThat(read("On or about 3 May 2020 , soldiers")).isEmpty();
        assertThat(read("On the night of 3 May 2020 , an")).isEmpty();
        assertThat(read("On 3 May 2020 at 10 pm , a")).isEmpty();
        assertThat(read("On Saturday , 4 July 2020 , unknown gunmen")).isEmpty();
        assertThat(read("In mid-May 2020 , fighters loyal to")).isEmpty();
        assertThat(read("the fall of the town on 3 May")).isEmpty();
        assertThat(read("On 29 April 2020 , about 2400 migrants")).isEmpty(); // "about 2400" may be a year
        assertThat(read("On 31 April 2020 , a clash")).isEmpty(); // April has no 31st
        assertThat(read("the strike may spread , he said on Friday")).isEmpty(); // "may" in any case is SUTime's
        assertThat(read("in the 2000 elections held on Monday")).isEmpty(); // a year before a noun may be no date
        assertThat(read("On Feb 3 , gunmen abducted")).isEmpty(); // abbreviations are SUTime's
    }

    @Test
    void aRangeGivesItsWholeLastDayAsSutimeDoes() {
        assertThat(read("clashes between 3 and 5 May 2020 killed")).contains(List.of(ReadDate.of(4, 7, "2020-05-05")));
    }

    @Test
    void countsAwayFromTheDateDoNotStopIt() {
        assertThat(read("On 5 June 2021 , 200 protesters marched")).contains(List.of(ReadDate.of(1, 4, "2021-06-05")));
        assertThat(read("On 5 June 2021 , 1,500 protesters marched")).contains(List.of(ReadDate.of(1, 4, "2021-06-05")));
    }
}
