package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where SUTime runs: a few words around each time cue, merged when they touch. */
class TimeWindowsTest {
    private static List<String> words(String sentence) {
        return List.of(sentence.split(" "));
    }

    @Test
    void windowsReachFourWordsAroundEachCue() {
        // "Sunday" is word 8: the window runs from word 4 to word 12
        List<String> w = words("Gunmen ambushed a convoy near the market on Sunday , killing two guards .");
        assertThat(TimeWindows.get().of(w)).containsExactly(new TimeWindows.Window(4, 13));
    }

    @Test
    void cuesCloseTogetherShareOneWindowAndDistantOnesDoNot() {
        List<String> w = words("Over the past three days , rebels shelled four villages and burned crops and homes , "
                + "the council said in a statement on 14 March 2021 .");
        // "past" (2) and "days" (4) give one window 0-8; "March" (24) and "2021" (25) give 20-26
        assertThat(TimeWindows.get().of(w)).containsExactly(new TimeWindows.Window(0, 9), new TimeWindows.Window(20, 27));
    }

    @Test
    void monthAndWeekdayNamesCountOnlyCapitalized() {
        TimeWindows t = TimeWindows.get();
        assertThat(t.isCue("May")).isTrue();
        assertThat(t.isCue("may")).isFalse();
        assertThat(t.isCue("march")).isFalse();
        assertThat(t.isCue("mid-February")).isTrue();
        assertThat(t.isCue("overnight")).isTrue();
        assertThat(t.isCue("Yesterday")).isTrue();
        assertThat(t.isCue("1998")).isTrue();
        assertThat(t.isCue("1990s")).isTrue();
        assertThat(t.isCue("12/05/2020")).isTrue();
        assertThat(t.isCue("Feb.")).isTrue();
        assertThat(t.isCue("4:45")).isTrue();
        assertThat(t.isCue("previously")).isTrue();
        assertThat(t.isCue("40")).isFalse();
        assertThat(t.isCue("4,000")).isFalse();
        assertThat(t.isCue("soldiers")).isFalse();
        assertThat(t.of(words("Police dispersed the crowd with tear gas ."))).isEmpty();
    }
}
