package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.model.Status;
import org.sitrep.pipeline.TestPipeline;

/**
 * Verbs of saying and denying ({@link AttributionReader}): "denied entry to a convoy" refuses access and denies no
 * report ({@code refusal-objects.tsv}). Sentences written for this test.
 */
class AttributionReaderTest {
    @Test
    void entryDeniedToAnAidConvoyIsAccessBlockedThatOccurred() {
        EventMention m = TestPipeline.mentionsOf("On 4 June 2021, the authorities denied entry to an aid convoy at the "
                + "Kaloma crossing.").get(0);
        assertThat(m.type().subEventType()).isEqualTo("Humanitarian access");
        assertThat(m.status()).isEqualTo(Status.OCCURRED);
    }
}
