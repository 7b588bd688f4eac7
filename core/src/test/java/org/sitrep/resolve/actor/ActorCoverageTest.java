package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorType;

/**
 * Actors of the conflicts of 2021-2025 in the styles real text has (event notes, wire leads, reported speech), on
 * sentences written for these tests: the name and the ACLED type the dictionary gives each mention.
 */
class ActorCoverageTest {
    private static final ActorDictionary D = ActorDictionary.load();

    /** "name / type" of every mention, in order. */
    private static List<String> found(String text, String hint) {
        return D.find(text, hint).stream().map(m -> m.actor().name() + " / " + m.actor().type().label()).toList();
    }

    @Test
    void russiaAndUkraine() {
        assertThat(found("KYIV, May 3 (Reuters) - Ukraine's Territorial Defence Forces repelled an assault by"
                + " Kadyrovites near the town, the General Staff said.", "UA")).containsExactly(
                "Military Forces of Ukraine / state forces", "Military Forces of Russia / foreign state");
        assertThat(found("The Freedom of Russia Legion and the Russian Volunteer Corps said they had"
                + " entered a border village, and the FSB said it had pushed them back.", "RU")).containsExactly(
                "Freedom of Russia Legion / rebel group", "Russian Volunteer Corps / rebel group",
                "Police Forces of Russia / state forces");
        assertThat(found("Azov Brigade soldiers shot down a drone, an SBU officer said.", "UA")).containsExactly(
                "Military Forces of Ukraine / state forces", "Police Forces of Ukraine / state forces");
    }

    @Test
    void sudanAfterApril2023() {
        assertThat(found("On 14 March 2024, Sudan Shield Forces clashed with the RSF near a village east of the"
                + " river.", "SD")).containsExactly("Sudan Shield Forces / political militia",
                "Rapid Support Forces / rebel group");
        assertThat(found("The SLM-Minawi said it held the town with the Al-Baraa bin Malik Brigade.", "SD"))
                .containsExactly("Sudan Liberation Movement/Army / rebel group",
                        "Al-Baraa bin Malik Brigade / political militia");
    }

    @Test
    void myanmarAfterTheCoup() {
        assertThat(found("The Karenni Nationalities Defence Force said it had overrun a sit-tat outpost,"
                + " while Pyu Saw Htee members fled.", "MM")).containsExactly(
                "Karenni Nationalities Defence Force / rebel group", "Military Forces of Myanmar / state forces",
                "Pyu Saw Htee / political militia");
        assertThat(found("Troops of the State Administration Council shelled positions of the Three Brotherhood"
                + " Alliance and the UWSA.", "MM")).containsExactly("Military Forces of Myanmar / state forces",
                "Government of Myanmar / state forces", "Three Brotherhood Alliance / rebel group",
                "United Wa State Army / rebel group");
    }

    @Test
    void sahelAndRussiasForcesThere() {
        assertThat(found("FAMa and Africa Corps troops raided a camp of JNIM fighters.", "ML")).containsExactly(
                "Military Forces of Mali / state forces", "Military Forces of Russia / foreign state",
                "JNIM / rebel group");
        assertThat(found("Soldiers and foreign mercenaries detained dozens of herders.", "ML")).containsExactly(
                "Military Forces of Mali / state forces", "Private Security Forces (Mali) / external/other forces");
        assertThat(found("The FDS said Lakurawa gunmen had attacked a patrol.", "NE")).containsExactly(
                "Military Forces of Niger / state forces", "Lakurawa / rebel group");
    }

    @Test
    void greatLakesAndHornOfAfrica() {
        assertThat(found("Rwanda Defence Force units crossed the border to back M23 against Nyatura fighters and"
                + " SAMIDRC troops.", "CD")).containsExactly("Military Forces of Rwanda / foreign state",
                "M23 / rebel group", "Nyatura / political militia",
                "SADC Mission in the Democratic Republic of Congo / external/other forces");
        assertThat(found("Shene fighters ambushed Amhara Special Forces and Liyu Police near the regional border.",
                "ET")).containsExactly("Oromo Liberation Army / rebel group", "Police Forces of Ethiopia / state forces",
                "Police Forces of Ethiopia / state forces");
    }

    @Test
    void haitiAndTheAmericas() {
        assertThat(found("PORT-AU-PRINCE (AP) - G9 and G-Pep gangs fought for hours before the PNH and the"
                + " Multinational Security Support Mission moved in.", "HT")).containsExactly(
                "G9 Family and Allies / political militia", "G-Pep / political militia",
                "Police Forces of Haiti / state forces", "Multinational Security Support Mission / external/other forces");
        // two letters name a group only in its own country's news
        assertThat(found("G9 ministers met in Rome.", "IT")).isEmpty();
        assertThat(found("Police said Tren de Aragua and Los Lobos members were arrested.", "EC")).containsExactly(
                "Police Forces of Ecuador / state forces", "Tren de Aragua / political militia",
                "Los Lobos / political militia");
    }
}
