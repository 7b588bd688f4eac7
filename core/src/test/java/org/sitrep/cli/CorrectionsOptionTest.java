package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.fuse.Fuser;
import org.sitrep.fuse.SyntheticMentions;
import org.sitrep.model.Correction;
import org.sitrep.model.CorrectionKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.PipelineResult;
import org.sitrep.resolve.place.Gazetteer;

/** What extract and report write with --corrections: the run's mentions fused again with the corrections. */
class CorrectionsOptionTest {
    @Test
    void aSplitInTheFileSplitsTheRunsEventAndNoFileChangesNothing() {
        List<EventMention> mentions = SyntheticMentions.generate(200, 11);
        Fuser fuser = new Fuser(Gazetteer.load());
        List<Event> machine = fuser.events(mentions);
        PipelineResult run = new PipelineResult(List.of(), mentions, machine, List.of(), 0, Map.of(), 0L, List.of());
        assertThat(CorrectionsOption.apply(run, List.of())).isSameAs(run);

        Event big = machine.stream().filter(e -> e.mentionIds().size() >= 2).findFirst().orElseThrow();
        Correction split = new Correction("cor-00aa", CorrectionKind.SPLIT, big.mentionIds(), null, null, "not the same raid",
                "alice", Instant.parse("2026-11-29T07:00:00Z"), null, null);
        PipelineResult corrected = CorrectionsOption.apply(run, List.of(split));
        assertThat(corrected.mentions()).isEqualTo(mentions);
        assertThat(corrected.events()).hasSize(machine.size() + 1)
                .anySatisfy(e -> assertThat(e.mentionIds()).containsExactly(big.mentionIds().get(0)));
    }
}
