package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionDraftTest {
    private static final EventType ATTACK = new EventType("Violence against civilians", "Attack");
    private static final EventType CLASH = new EventType("Battles", "Armed clash");

    private static MentionDraft draft() {
        return new MentionDraft(null, null, Frame.ATTACK, ATTACK, Status.OCCURRED, false, List.of(), List.of(), null, null,
                Map.of(CountRole.FATALITIES, Count.vague("several")), List.of(new SourceRef("the governor", SourceRef.Kind.NAMED)),
                "attacked", 12, false);
    }

    @Test
    void withTypeChangesTheTypeAlone() {
        MentionDraft d = draft();
        MentionDraft typed = d.withType(CLASH);
        assertThat(typed.type()).isEqualTo(CLASH);
        assertThat(typed).isEqualTo(new MentionDraft(null, null, Frame.ATTACK, CLASH, Status.OCCURRED, false, List.of(),
                List.of(), null, null, d.counts(), d.attribution(), "attacked", 12, false));
    }

    @Test
    void withFrameChangesTheFrameAndTheType() {
        MentionDraft d = draft().withFrame(Frame.CLASH, CLASH);
        assertThat(d.frame()).isEqualTo(Frame.CLASH);
        assertThat(d.type()).isEqualTo(CLASH);
        assertThat(d.trigger()).isEqualTo("attacked");
        assertThat(d.triggerStart()).isEqualTo(12);
    }

    @Test
    void withCountsChangesTheCountsAndWhetherTheTargetIsArmed() {
        Map<CountRole, Count> counts = Map.of(CountRole.INJURED, Count.vague("dozens"));
        MentionDraft d = draft().withCounts(counts, true);
        assertThat(d.counts()).containsOnlyKeys(CountRole.INJURED);
        assertThat(d.armedTarget()).isTrue();
        assertThat(d.type()).isEqualTo(ATTACK);
        assertThat(d.attribution()).extracting(SourceRef::text).containsExactly("the governor");
    }

    @Test
    void withAttributionChangesTheSourcesAlone() {
        MentionDraft d = draft().withAttribution(List.of(new SourceRef("he", SourceRef.Kind.PRONOUN)));
        assertThat(d.attribution()).containsExactly(new SourceRef("he", SourceRef.Kind.PRONOUN));
        assertThat(d.counts()).containsOnlyKeys(CountRole.FATALITIES);
        assertThat(d.frame()).isEqualTo(Frame.ATTACK);
    }
}
