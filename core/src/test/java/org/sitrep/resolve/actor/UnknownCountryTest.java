package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorType;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/** A generic actor whose country nothing gave: shown without the placeholder, never with a guessed country. */
class UnknownCountryTest {
    @Test
    void theFileMarksTheArticleCountryAndTheNameTypesIt() {
        assertThat(ActorName.parse("Police Forces of {country}"))
                .isEqualTo(new ActorName("Police Forces", ActorName.Form.OF_COUNTRY));
        assertThat(ActorName.parse("Private Security Forces ({country})"))
                .isEqualTo(new ActorName("Private Security Forces", ActorName.Form.COUNTRY_IN_BRACKETS));
        assertThat(ActorName.parse("Police Forces of Kenya"))
                .isEqualTo(new ActorName("Police Forces of Kenya", ActorName.Form.NAMED));
        assertThat(ActorName.parse("Police Forces of Kenya").ofArticleCountry()).isFalse();
        assertThatThrownBy(() -> ActorName.parse("{country} Police")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNameIsWrittenOnlyWhenTheCountryIsKnown() {
        ActorName police = new ActorName("Police Forces", ActorName.Form.OF_COUNTRY);
        assertThat(police.in("Kenya")).isEqualTo("Police Forces of Kenya");
        assertThat(police.in(null)).isEqualTo("Police Forces");
        ActorName guards = new ActorName("Private Security Forces", ActorName.Form.COUNTRY_IN_BRACKETS);
        assertThat(guards.in("Kenya")).isEqualTo("Private Security Forces (Kenya)");
        assertThat(guards.in(null)).isEqualTo("Private Security Forces");
        assertThat(new ActorName("Al Shabaab", ActorName.Form.NAMED).in("Kenya")).isEqualTo("Al Shabaab");
    }

    @Test
    void noGenericMentionCarriesTheFileMark() {
        List<ActorMatch> ms = ActorDictionary.load().find(
                "The junta said soldiers, gendarmes and security guards held the authorities' offices.", null);
        assertThat(ms).extracting(m -> m.actor().name()).containsExactly("Military Forces", "Military Forces",
                "Police Forces", "Private Security Forces", "Government");
        assertThat(ms).allMatch(ActorMatch::countryUnknown);
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
