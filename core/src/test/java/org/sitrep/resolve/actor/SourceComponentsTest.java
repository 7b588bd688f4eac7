package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The parts of source normalization, each on phrases written for the test. */
class SourceComponentsTest {
    private static final ActorDictionary D = ActorDictionary.load();
    private static final SourceWords WORDS = new SourceWords();
    private static final SourceTable TABLE = new SourceTable(D.countries);
    private static final SourceRewriter REWRITER = new SourceRewriter(TABLE, WORDS, D);
    private static final SourceRoles ROLES = new SourceRoles(TABLE, WORDS);

    @Test
    void textCleaningDropsQuotesDeterminersAndAccordingTo() {
        assertThat(SourceText.clean("according to \"the local officials,\"")).isEqualTo("local officials");
        assertThat(SourceText.clean("  two so-called witnesses ")).isEqualTo("witnesses");
        // the according rows of lexicon/speech.tsv open a source phrase: the source follows them
        assertThat(SourceText.clean("citing a military spokesman")).isEqualTo("military spokesman");
        assertThat(SourceText.clean("Quoting  the district police")).isEqualTo("district police");
        assertThat(SourceText.clean("accordingly officials")).isEqualTo("accordingly officials");
        assertThat(SourceText.join("Kenyan", "Interior Ministry")).isEqualTo("Kenyan Interior Ministry");
    }

    @Test
    void theLastWordsOfAnUnknownSourceSuggestItsKind() {
        assertThat(WORDS.guessKind("hospital officials")).isEqualTo(SourceKind.OFFICIAL);
        assertThat(WORDS.guessKind("a provincial radio")).isEqualTo(SourceKind.MEDIA);
        assertThat(WORDS.guessKind("the harbour master")).isEqualTo(SourceKind.UNKNOWN);
        assertThat(WORDS.ministryWord("foreign affairs")).isEqualTo("Foreign");
        assertThat(WORDS.roles).contains("spokeswoman");
    }

    @Test
    void rewritesPutTheOwnerFirstAndTheMinistryInOrder() {
        assertThat(REWRITER.rewrite("Ministry of Defense of Kenya", null)).isEqualTo("Kenyan Defence Ministry");
        assertThat(REWRITER.rewrite("Ghana's Ministry of Home Affairs", null)).isEqualTo("Ghanaian Interior Ministry");
        assertThat(REWRITER.runBy("a radio station run by the army")).isTrue();
        assertThat(REWRITER.isMinistry("Ugandan health ministry")).isTrue();
    }

    @Test
    void aRoleNamesItsOrganisationAndKeepsThePersonApart() {
        SourceRoles.Recognizer known = (s, hint, depth) -> s.equals("Kenya Red Cross")
                ? new SourceRef("Kenya Red Cross", SourceKind.NGO, null) : null;
        SourceRef r = ROLES.role("Kenya Red Cross spokeswoman Mary Otieno", null, 0, known);
        assertThat(r).isEqualTo(new SourceRef("Kenya Red Cross", SourceKind.NGO, "Mary Otieno"));
        assertThat(ROLES.role("a spokesman for the harbour authority", null, 0, known)).isNull();
    }

    @Test
    void theTableFindsAWholeRowAndANameInsideAPhrase() {
        assertThat(TABLE.size()).isGreaterThan(100);
        SourceRef inside = TABLE.contained("a statement carried by Reuters on Monday");
        assertThat(inside).isNotNull();
        assertThat(inside.kind()).isEqualTo(SourceKind.NEWS_AGENCY);
    }

    @Test
    void aSourceKindIsOneOfTheClosedSetAndAnUnknownOneNamesItsRow() {
        assertThat(SourceKind.listed("UN agency")).contains(SourceKind.UN_AGENCY);
        assertThat(SourceKind.listed("unknown")).isEmpty(); // found by the normalizer, never written in a row
        assertThat(SourceKind.NEWS_AGENCY.label()).isEqualTo("news agency");
        assertThatThrownBy(() -> new SourceTable(D.countries, "/actors/sources-unknown-kind.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/actors/sources-unknown-kind.tsv:2:").hasMessageContaining("'newspaper'");
    }

    @Test
    void aPersonsNameMayHoldParticlesAndARoleItsPreposition() {
        SourceRoles.Recognizer known = (s, hint, depth) -> s.equals("Kenya Red Cross")
                ? new SourceRef("Kenya Red Cross", SourceKind.NGO, null) : null;
        assertThat(WORDS.person.matcher("Omar bin Khalid al-Farsi").matches()).isTrue();
        assertThat(WORDS.person.matcher("Omar and Khalid").matches()).isFalse();
        assertThat(ROLES.role("Kenya Red Cross director Anna van der Berg", null, 0, known))
                .isEqualTo(new SourceRef("Kenya Red Cross", SourceKind.NGO, "Anna van der Berg"));
        assertThat(ROLES.role("a spokeswoman at the Kenya Red Cross", null, 0, known))
                .isEqualTo(new SourceRef("Kenya Red Cross", SourceKind.NGO, null));
        assertThat(ROLES.role("a spokeswoman near the Kenya Red Cross", null, 0, known)).isNull();
    }

    @Test
    void cleaningDropsEachOpeningDeterminerOrNumeral() {
        assertThat(SourceText.clean("their two 3 witnesses")).isEqualTo("witnesses");
        assertThat(SourceText.clean("these various officials")).isEqualTo("officials");
        assertThat(SourceText.clean("Another Day newspaper")).isEqualTo("Day newspaper");
        assertThat(SourceText.clean("Thereafter Radio")).isEqualTo("Thereafter Radio");
    }

    @Test
    void anOwnerPhrasePutsTheOwnerFirstAndAnAllyWordIsDropped() {
        assertThat(REWRITER.runBy("a news site affiliated with the army")).isTrue();
        assertThat(REWRITER.runBy("a news site next to the army")).isFalse();
        assertThat(REWRITER.rewrite("a radio station linked to Kenya", null)).isEqualTo("Kenyan radio station");
        assertThat(REWRITER.rewrite("a radio station owned by government partners Kenya", null))
                .isEqualTo("Kenyan radio station");
    }
}
