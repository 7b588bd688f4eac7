package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Frame;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;
import org.sitrep.model.Status;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.place.Gazetteer;

/** An event's admin1 as its report spells the region, with the gazetteer's code beside it; sentences written here. */
class RegionSpellingTest {
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(Gazetteer.load(), ActorDictionary.load());
    }

    /** The event place of a one-sentence article whose place spans are {@code places}, as the report spells it. */
    private static Place placed(String text, String... places) {
        Sentence sentence = org.sitrep.resolve.place.Tokenized.sentence(text);
        List<PlaceRef> refs = new java.util.ArrayList<>();
        for (String p : places) {
            int at = text.indexOf(p);
            refs.add(new PlaceRef(p, at, at + p.length(), PlaceRef.Role.LOCATION, false));
        }
        MentionDraft d = new MentionDraft(null, sentence, Frame.ATTACK, null, Status.OCCURRED, false, List.of(), refs,
                null, null, Map.of(), List.of(), "attacked", 0, false);
        PlaceResolver.Article article = resolver.article(List.of(d), List.of(sentence));
        return article.regions().apply(resolver.choose(d, false, article.context(), null).location());
    }

    @Test
    void aRegionNamedInTheBracketAfterTheTownIsGivenAsTheReportSpellsIt() {
        Place p = placed("On 14 March, armed men attacked a market in Butembo (Lubero, Nord-Kivu), killing 2 traders.",
                "Butembo", "Lubero", "Nord-Kivu");
        assertThat(p.name()).isEqualTo("Butembo");
        assertThat(p.admin1()).isEqualTo("Nord-Kivu");
        assertThat(p.admin1Code()).isEqualTo("CD.11");
    }

    @Test
    void withoutTheRegionInTheTextTheGazetteersNameStandsWithTheSameCode() {
        Place p = placed("Armed men attacked a market in Butembo on Saturday, a local official said.", "Butembo");
        assertThat(p.admin1()).isEqualTo("North Kivu");
        assertThat(p.admin1Code()).isEqualTo("CD.11");
    }

    @Test
    void aTownNamedLikeItsProvinceSpellsTheProvinceToo() {
        // the town GeoNames calls Dar‘ā gives its name to the governorate it calls Daraa
        Place p = placed("A roadside bomb wounded two soldiers in Dar'a city on Tuesday.", "Dar'a city");
        assertThat(p.admin1()).isEqualTo("Dar'a");
        assertThat(p.admin1Code()).isEqualTo("SY.06");
    }

    @Test
    void anAbbreviationOrTheSameNameWithAKindWordLeavesTheGazetteersName() {
        Place kashmir = placed("Police fired tear gas at stone-pelters in Anantnag town (J&K) on Friday.",
                "Anantnag", "J&K");
        assertThat(kashmir.admin1()).isEqualTo("Jammu and Kashmir");
        assertThat(kashmir.admin1Code()).isEqualTo("IN.12");
        // the gazetteer says "Borno State", the report "Borno": one name, the gazetteer's stays
        Place borno = placed("Insurgents raided Monguno, Borno, overnight.", "Monguno", "Borno");
        assertThat(borno.admin1()).isEqualTo("Borno State");
        assertThat(borno.admin1Code()).isEqualTo("NG.27");
    }

    @Test
    void aDirectionWordBeforeTheRegionIsNotPartOfItsName() {
        Place p = placed("Drones struck a convoy near Saraqib in eastern Idleb.", "Saraqib", "eastern Idleb");
        assertThat(p.admin1()).isEqualTo("Idleb");
        assertThat(p.admin1Code()).isEqualTo("SY.12");
    }

    @Test
    void theSpellingDoesNotChangeWhereThePlaceIs() {
        Place spelled = placed("On 14 March, armed men attacked a market in Butembo (Lubero, Nord-Kivu).", "Butembo",
                "Lubero", "Nord-Kivu");
        Place plain = placed("Armed men attacked a market in Butembo.", "Butembo");
        assertThat(spelled.admin1Key()).isEqualTo(plain.admin1Key()).isEqualTo("CD.11");
        assertThat(spelled.lat()).isEqualTo(plain.lat());
        assertThat(spelled.geonameId()).isEqualTo(plain.geonameId());
    }

    @Test
    void twoSpellingsOfOneNameAreOneName() {
        assertThat(RegionSpelling.sameName("Borno State", "Borno")).isTrue();
        assertThat(RegionSpelling.sameName("KYIV", "Kyiv City")).isTrue();
        assertThat(RegionSpelling.sameName("Nord-Kivu", "North Kivu")).isFalse();
        assertThat(RegionSpelling.sameName("Wardak", "Maidan Wardak")).isFalse();   // a shorter name is the report's word
    }
}
