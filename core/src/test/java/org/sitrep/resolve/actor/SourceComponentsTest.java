package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(SourceText.join("Kenyan", "Interior Ministry")).isEqualTo("Kenyan Interior Ministry");
    }

    @Test
    void theLastWordsOfAnUnknownSourceSuggestItsKind() {
        assertThat(WORDS.guessKind("hospital officials")).isEqualTo("official");
        assertThat(WORDS.guessKind("a provincial radio")).isEqualTo("media");
        assertThat(WORDS.guessKind("the harbour master")).isEqualTo("unknown");
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
                ? new SourceRef("Kenya Red Cross", "NGO", null) : null;
        SourceRef r = ROLES.role("Kenya Red Cross spokeswoman Mary Otieno", null, 0, known);
        assertThat(r).isEqualTo(new SourceRef("Kenya Red Cross", "NGO", "Mary Otieno"));
        assertThat(ROLES.role("a spokesman for the harbour authority", null, 0, known)).isNull();
    }

    @Test
    void theTableFindsAWholeRowAndANameInsideAPhrase() {
        assertThat(TABLE.size()).isGreaterThan(100);
        SourceRef inside = TABLE.contained("a statement carried by Reuters on Monday");
        assertThat(inside).isNotNull();
        assertThat(inside.kind()).isEqualTo("news agency");
    }
}
