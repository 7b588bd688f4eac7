package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;
import org.sitrep.pipeline.TestPipeline;

/** SUTime run in windows around time cues still finds the time expressions and leaves numbers to the number rules. */
class AnnotatorTimesTest {
    private static Sentence first(String text) {
        var article = new Ingest().readString("times", text, LocalDate.of(2022, 6, 9)).articles().get(0);
        return TestPipeline.get().annotate(article).sentences().get(0);
    }

    @Test
    void timesInWindowsAndNumbersOutsideThem() {
        Sentence s = first("Fighting over the past three days killed at least 40 fighters near the border crossing, "
                + "the army said on Sunday.");
        assertThat(s.deep()).isTrue();
        assertThat(s.times()).extracting(TimeExpression::text).containsExactly("the past three days", "Sunday");
        assertThat(s.times()).extracting(TimeExpression::type).containsExactly("DURATION", "DATE");
        assertThat(s.times().get(1).value()).isEqualTo("XXXX-WXX-7");
        Token forty = s.tokens().stream().filter(t -> t.word().equals("40")).findFirst().orElseThrow();
        assertThat(forty.ner()).isEqualTo("NUMBER");
        assertThat(forty.normalized()).isEqualTo(">=40.0");
    }

    @Test
    void aSentenceWithoutTimeCuesGetsNoTimes() {
        Sentence s = first("Rebels shelled two villages and killed 7 farmers, a local official said.");
        assertThat(s.deep()).isTrue();
        assertThat(s.times()).isEmpty();
        Token seven = s.tokens().stream().filter(t -> t.word().equals("7")).findFirst().orElseThrow();
        assertThat(seven.ner()).isEqualTo("NUMBER");
        assertThat(seven.normalized()).isEqualTo("7.0");
    }

    private static Token word(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow();
    }

    @Test
    void aNumberWordOpeningASentenceIsANumberOutsideTheWindows() {
        // the POS tagger calls a sentence-opening "Nine" a proper noun; CoreNLP's number finder still reads it
        Sentence s = first("Nine soldiers were killed and 15 hurt when a roadside bomb hit their truck, the army said.");
        assertThat(s.times()).isEmpty();
        assertThat(word(s, "Nine").ner()).isEqualTo("NUMBER");
        assertThat(word(s, "Nine").normalized()).isEqualTo("9.0");
    }

    @Test
    void numbersBeforeADurationKeepTheirValueAndQualifier() {
        // without SUTime on the whole sentence, "two days" must not turn the earlier count into a duration
        Sentence s = first("Militants killed at least 23 villagers in raids on three hamlets over the past two days, "
                + "a district official said.");
        assertThat(s.times()).extracting(TimeExpression::text).containsExactly("the past two days");
        assertThat(word(s, "23").ner()).isEqualTo("NUMBER");
        assertThat(word(s, "23").normalized()).isEqualTo(">=23.0");
        assertThat(word(s, "three").ner()).isEqualTo("NUMBER");
    }

    @Test
    void compoundNumberWordsAndAbbreviatedMonths() {
        Sentence s = first("On Feb. 3 gunmen abducted two dozen passengers from a bus and freed twenty five of them later, police said.");
        assertThat(s.times()).extracting(TimeExpression::text).contains("Feb. 3");
        assertThat(s.times().get(0).value()).isEqualTo("XXXX-02-03");
        assertThat(word(s, "dozen").normalized()).isEqualTo("24.0");
        assertThat(word(s, "twenty").normalized()).isEqualTo("25.0");
    }
}
