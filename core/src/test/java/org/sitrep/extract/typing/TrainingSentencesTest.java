package org.sitrep.extract.typing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.common.Tsv;

/** The project's own training file: every label is legal, each contested sub-type has sentences enough. */
class TrainingSentencesTest {
    @Test
    void everyContestedSubTypeAndNoEventHaveAtLeastEightSentences() {
        Map<String, Long> perLabel = TrainingSentences.load().stream()
                .collect(Collectors.groupingBy(LabelledSentence::label, Collectors.counting()));
        for (Tsv.Row r : Tsv.read("/typing/contested-types.tsv", 2)) {
            assertThat(perLabel.getOrDefault(r.get(1), 0L)).as(r.get(1)).isGreaterThanOrEqualTo(8);
        }
        assertThat(perLabel.get(LabelledSentence.NO_EVENT)).isGreaterThanOrEqualTo(50);
        assertThat(perLabel).hasSize(26); // the 25 ACLED sub-types and "None"
    }

    @Test
    void noSentenceIsListedTwice() {
        List<LabelledSentence> all = TrainingSentences.load();
        Set<String> seen = new HashSet<>();
        for (LabelledSentence s : all) {
            assertThat(seen.add(s.sentence())).as(s.sentence()).isTrue();
        }
    }

    @Test
    void aLabelOutsideTheOntologyFailsAtLoadWithItsLine() {
        assertThatThrownBy(() -> TrainingSentences.read("/typing/bad-label.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 4").hasMessageContaining("'Air strike'");
    }
}
