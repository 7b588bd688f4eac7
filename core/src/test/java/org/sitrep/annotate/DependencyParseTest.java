package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.TestPipeline;

/** The deep sentences get the enhanced++ graph (collapsed prepositions, propagated conjuncts); the others none. */
class DependencyParseTest {
    private static Sentence sentence(String text, int index) {
        var article = new Ingest().readString("parse", text, LocalDate.of(2023, 3, 14)).articles().get(0);
        return TestPipeline.get().annotate(article).sentences().get(index);
    }

    @Test
    void aTriggerSentenceGetsEnhancedPlusPlusRoles() {
        // 0 Gunmen 1 killed 2 three 3 farmers 4 and 5 wounded 6 a 7 teacher 8 near 9 the 10 market 11 .
        Sentence s = sentence("Gunmen killed three farmers and wounded a teacher near the market.", 0);
        assertThat(s.deep()).isTrue();
        assertThat(s.deps()).contains(
                new Dependency(-1, 1, "root"),
                new Dependency(1, 0, "nsubj"),
                new Dependency(1, 3, "obj"),
                new Dependency(3, 2, "nummod"),
                new Dependency(1, 5, "conj:and"),
                new Dependency(5, 0, "nsubj"),  // enhanced: the shared subject of the conjoined verb
                new Dependency(5, 7, "obj"),
                new Dependency(7, 10, "nmod:near")); // enhanced++: the preposition in the relation name
    }

    @Test
    void aSentenceWithoutTriggerIsNotParsed() {
        Sentence s = sentence("Gunmen killed three farmers near the market. The weather was mild and dry.", 1);
        assertThat(s.deep()).isFalse();
        assertThat(s.deps()).isEmpty();
    }
}
