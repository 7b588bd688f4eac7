package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/** A generic actor whose country nothing gave: shown without the placeholder, never with a guessed country. */
class UnknownCountryTest {
    @Test
    void thePlaceholderGoesWithTheWordsThatAttachIt() {
        assertThat(ActorDictionary.withoutUnknownCountry("Police Forces of {country}")).isEqualTo("Police Forces");
        assertThat(ActorDictionary.withoutUnknownCountry("Military Forces of {country}")).isEqualTo("Military Forces");
        assertThat(ActorDictionary.withoutUnknownCountry("Government of {country}")).isEqualTo("Government");
        assertThat(ActorDictionary.withoutUnknownCountry("Private Security Forces ({country})"))
                .isEqualTo("Private Security Forces");
        assertThat(ActorDictionary.withoutUnknownCountry("Police Forces of Kenya")).isEqualTo("Police Forces of Kenya");
    }

    @Test
    void theActorKeepsItsTypeAndWords() {
        Actor a = ActorDictionary.withoutUnknownCountry(
                new Actor("Police Forces of {country}", ActorType.STATE_FORCES, "riot police"));
        assertThat(a).isEqualTo(new Actor("Police Forces", ActorType.STATE_FORCES, "riot police"));
        assertThat(ActorDictionary.withoutUnknownCountry((Actor) null)).isNull();
    }

    @Test
    void anArticleThatNamesNoCountryGivesNoPlaceholder() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 6 April 2021, police officers beat a reporter outside the court.");
        assertThat(ms).isNotEmpty();
        EventMention m = ms.get(0);
        assertThat(m.actor1().name()).isEqualTo("Police Forces");
        assertThat(m.actor1().type()).isEqualTo(ActorType.STATE_FORCES);
        assertThat(m.actor1().text()).isEqualTo("police officers");
    }

    @Test
    void aCountryTheArticleNamesStillFillsIt() {
        List<EventMention> ms = TestPipeline.mentionsOf(
                "On 6 April 2021, police officers beat a reporter outside the court in Mombasa, Kenya.");
        assertThat(ms.get(0).actor1().name()).isEqualTo("Police Forces of Kenya");
    }
}
