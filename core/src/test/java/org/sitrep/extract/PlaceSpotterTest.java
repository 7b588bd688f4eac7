// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** Place spans of sentences whose tags are given, as the tagger sometimes gives them. */
class PlaceSpotterTest {
    private final PlaceSpotter spotter = new PlaceSpotter();

    /** A sentence of "word/TAG" tokens separated by spaces, without a parse. */
    private static Sentence tagged(String tokens) {
        StringBuilder text = new StringBuilder();
        List<Token> out = new ArrayList<>();
        for (String wt : tokens.split(" ")) {
            int slash = wt.lastIndexOf('/');
            String word = wt.substring(0, slash);
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(word);
            out.add(new Token(out.size(), word, begin, text.length(), wt.substring(slash + 1), word.toLowerCase(), "O", null));
        }
        return new Sentence(0, 0, text.length(), text.toString(), out, List.of(), List.of(), true);
    }

    private List<String> spans(String tokens) {
        return spotter.spot(tagged(tokens), Set.of()).stream().map(PlaceRef::text).toList();
    }

    /** A sentence of the given tokens and tags laid out as {@code text} writes them (a hyphen joins without spaces). */
    private static Sentence laidOut(String text, String... wordTags) {
        List<Token> out = new ArrayList<>();
        int from = 0;
        for (String wt : wordTags) {
            int slash = wt.lastIndexOf('/');
            String word = wt.substring(0, slash);
            int begin = text.indexOf(word, from);
            from = begin + word.length();
            out.add(new Token(out.size(), word, begin, from, wt.substring(slash + 1), word.toLowerCase(), "O", null));
        }
        return new Sentence(0, 0, text.length(), text, out, List.of(), List.of(), true);
    }

    @Test
    void aNumberJoinedToANameByAHyphenIsPartOfTheName() {
        Sentence s = laidOut("Shells fell near Horlivka-2 at night.", "Shells/NNS", "fell/VBD", "near/IN", "Horlivka/NNP",
                "-/HYPH", "2/CD", "at/IN", "night/NN", "./.");
        List<PlaceRef> refs = spotter.spot(s, Set.of());
        assertThat(refs).extracting(PlaceRef::text).containsExactly("Horlivka-2");
        assertThat(refs.get(0).modifier()).isFalse();
        // a score or a spaced dash is no numbered locality
        Sentence spaced = laidOut("Shells fell near Horlivka - 2 at night.", "Shells/NNS", "fell/VBD", "near/IN",
                "Horlivka/NNP", "-/HYPH", "2/CD", "at/IN", "night/NN", "./.");
        assertThat(spotter.spot(spaced, Set.of())).extracting(PlaceRef::text).containsExactly("Horlivka");
    }

    @Test
    void aLinkingWordJoinsTwoNamesOnlyWhenTheGazetteerListsTheWhole() {
        assertThat(spans("Police/NNS clashed/VBD with/IN fans/NNS in/IN San/NNP Giorgio/NNP a/DT Cremano/NNP ./."))
                .containsExactly("San Giorgio a Cremano");
        assertThat(spans("Farmers/NNS marched/VBD in/IN Tauranga/NNP ,/, Bay/NNP of/IN Plenty/NNP ./."))
                .containsExactly("Tauranga", "Bay of Plenty");
        // "of" between an office and a place, "a" between two names that are no one name: two spans
        assertThat(spans("The/DT Governor/NNP of/IN Otago/NNP visited/VBD Tauranga/NNP ./."))
                .containsExactly("Governor", "Otago", "Tauranga");
        assertThat(spans("Officials/NNS gave/VBD Tauranga/NNP a/DT Plenty/NNP award/NN ./."))
                .doesNotContain("Tauranga a Plenty");
    }

    @Test
    void aNameBeforeAnOfficeNounIsTheOfficesSeatAndOnlyQualifiesIt() {
        List<PlaceRef> office = spotter.spot(tagged("Teachers/NNS protested/VBD outside/IN the/DT Kars/NNP Governor/NNP 's/POS"
                + " Office/NNP ./."), Set.of());
        // "Governor" and "Office" alone are spans the resolver reads as no place (not-place-names.tsv)
        assertThat(office).extracting(PlaceRef::text).startsWith("Kars").doesNotContain("Kars Governor");
        assertThat(office.get(0).modifier()).isTrue();
        // the holder's name after the office noun is a span of its own, not part of the seat's
        List<PlaceRef> holder = spotter.spot(tagged("Mardin/NNP Mayor/NNP Ayla/NNP Demir/NNP visited/VBD Midyat/NNP ./."), Set.of());
        assertThat(holder).extracting(PlaceRef::text).startsWith("Mardin").contains("Midyat").doesNotContain("Mardin Mayor Ayla Demir");
        // an office noun first in a run cuts nothing
        assertThat(spans("The/DT Governor/NNP of/IN Otago/NNP visited/VBD Tauranga/NNP ./.")).contains("Governor", "Otago");
    }

    @Test
    void aTownTaggedAsACommonNounAfterALocativeIsAName() {
        assertThat(spans("Two/CD men/NNS were/VBD shot/VBN in/IN Quelimbas/NNS ,/, Tete/NNP ./."))
                .containsExactly("Quelimbas", "Tete");
        assertThat(spans("Shells/NNS fell/VBD near/IN Morrinhos/NNS (/-LRB- Tete/NNP )/-RRB- ./."))
                .containsExactly("Morrinhos", "Tete");
    }

    @Test
    void aNameWithALowerCaseNounClassPrefixIsAName() {
        assertThat(spans("Nurses/NNS picketed/VBD in/IN uMngeni/NNP (/-LRB- uMgungundlovu/NNP ,/, KwaZulu-Natal/NNP )/-RRB- ./."))
                .containsExactly("uMngeni", "uMgungundlovu", "KwaZulu-Natal");
        // a lower-case word with no capital after its first letter stays out
        assertThat(spans("Nurses/NNS picketed/VBD in/IN town/NN ./.")).isEmpty();
    }

    @Test
    void theSecondWordOfATownTaggedAsAnAdjectiveStaysInTheName() {
        assertThat(spans("Students/NNS marched/VBD in/IN Novo/NNP Bonito/JJ ,/, Serbia/NNP ./."))
                .containsExactly("Novo Bonito", "Serbia");
    }

    @Test
    void aCapitalisedCommonNounElsewhereIsNoName() {
        // not after a locative; an office after "in" (not-place-names.tsv); a lower-case noun; a month
        assertThat(spans("Protesters/NNS blamed/VBD Hunger/NN ,/, not/RB police/NN ./.")).isEmpty();
        assertThat(spans("Talks/NNS took/VBD place/NN in/IN Parliament/NN ./.")).isEmpty();
        assertThat(spans("Shots/NNS were/VBD fired/VBN in/IN town/NN ,/, police/NN said/VBD ./.")).isEmpty();
        assertThat(spans("Clashes/NNS erupted/VBD in/IN June/NN ,/, police/NN said/VBD ./.")).isEmpty();
    }
    @Test
    void aDistrictBeforeTheNounForItsSeatAndANameBeforeAFrontAreScenes() {
        List<PlaceRef> seat = spotter.spot(tagged("Gunmen/NNS attacked/VBD a/DT post/NN outside/IN Zaybak/NNP district/NN"
                + " center/NN ,/, Badakhshan/NNP ./."), Set.of());
        assertThat(seat).extracting(PlaceRef::text).containsExactly("Zaybak district", "Badakhshan");
        assertThat(seat.get(0).modifier()).isFalse();
        List<PlaceRef> front = spotter.spot(tagged("Shelling/NN went/VBD on/IN along/IN the/DT Kharkiv/NNP front/NN ./."),
                Set.of());
        assertThat(front).extracting(PlaceRef::text).containsExactly("Kharkiv");
        assertThat(front.get(0).modifier()).isFalse();
        // a seat noun after a bare name, and any other noun after a name, leave the name a modifier
        assertThat(spotter.spot(tagged("Staff/NNS protested/VBD at/IN the/DT Kabul/NNP center/NN ./."), Set.of()))
                .extracting(PlaceRef::modifier).containsExactly(true);
        assertThat(spotter.spot(tagged("Students/NNS marched/VBD to/TO the/DT Kabul/NNP campus/NN ./."), Set.of()))
                .extracting(PlaceRef::modifier).containsExactly(true);
    }

    @Test
    void theTwoTownsARoadLinksAreEachAPlace() {
        assertThat(spans("Rioters/NNS blocked/VBD the/DT Sidon/NNP -/HYPH Tyre/NNP highway/NN with/IN tyres/NNS ./."))
                .containsExactly("Sidon", "Tyre");
        // a hyphenated name without a road after it stays one name
        assertThat(spans("Shells/NNS fell/VBD on/IN Bab/NNP -/HYPH Amr/NNP ./.")).containsExactly("Bab - Amr");
    }

    @Test
    void anAcronymWrittenAsAContainerIsAName() {
        assertThat(spans("Troops/NNS traded/VBD fire/NN at/IN Nakyal/NNP (/-LRB- Kotli/NNP ,/, AJK/NN )/-RRB- ./."))
                .containsExactly("Nakyal", "Kotli", "AJK");
        // not after a place and a comma
        assertThat(spans("The/DT ISPR/NN said/VBD so/RB ./.")).isEmpty();
    }

    @Test
    void aContainerTheTaggerTookForACommonNounIsANameBeforeItsKindWord() {
        // the state's name is also a currency, tagged as a common noun: with "state" and a comma after it, it is still
        // the container written after the town
        assertThat(spans("Gunmen/NNS robbed/VBD a/DT bakery/NN in/IN Upata/NNP ,/, Bolivar/NN state/NN ,/, at/IN dawn/NN ./."))
                .containsExactly("Upata", "Bolivar state");
        // a common noun with a kind word after it but no comma closing the container is no name
        assertThat(spans("Rioters/NNS burned/VBD Upata/NNP ,/, Bolivar/NN state/NN offices/NNS ./."))
                .containsExactly("Upata");
    }

    @Test
    void aNameGoesOnPastAParticleBeforeAWordTheTaggerTookForACommonWord() {
        // "Mato Grosso" is another state: the span must not stop at the particle
        assertThat(spans("Police/NNS seized/VBD cannabis/NN in/IN Dourados/NNP ,/, Mato/NNP Grosso/NNP do/FW Sul/FW ./."))
                .containsExactly("Dourados", "Mato Grosso do Sul");
    }

    @Test
    void aDirectionAfterANameIsNoNounTheNameModifies() {
        List<PlaceRef> refs = spotter.spot(tagged(
                "Jets/NNS struck/VBD Sangin/NNP district/NN west/NN of/IN Musa/NNP Qala/NNP ./."), Set.of());
        assertThat(refs).extracting(PlaceRef::text).containsExactly("Sangin district", "Musa Qala");
        assertThat(refs.get(0).modifier()).isFalse();
    }

    @Test
    void theFirstWordOfANameTheTaggerTookForAVerbOrNounStartsTheName() {
        // "Tell" read as a verb, "Ras" as a common noun: the rest of the name follows, so the whole name is one span
        assertThat(spans("Mortars/NNS hit/VBD farms/NNS west/RB of/IN Tell/VB Hamdan/NNP on/IN Sunday/NNP ./."))
                .containsExactly("Tell Hamdan", "Sunday");
        assertThat(spans("Fighters/NNS slipped/VBD into/IN Ras/NN al/NNP Wadi/NNP overnight/RB ./."))
                .containsExactly("Ras al Wadi");
        assertThat(spans("Guns/NNS were/VBD found/VBN in/IN the/DT countryside/NN of/IN Ar/NN -/HYPH Rumman/NN ./."))
                .containsExactly("Ar - Rumman");
    }

    @Test
    void aCapitalAfterACapitalOrAnAdjectiveStartsNoName() {
        // sentence-initial capitals and adjectives before a name are not the name's first word
        assertThat(spans("Gunmen/NNS Raided/VBD Kano/NNP ./.")).containsExactly("Kano");
        assertThat(spans("the/DT Turkish/JJ Forces/NNPS advanced/VBD ./.")).containsExactly("Forces");
    }

    /** The sentence with the tokens at {@code indices} tagged DATE, as the date reader tags a month. */
    private static Sentence withDates(Sentence s, int... indices) {
        List<Token> toks = new ArrayList<>(s.tokens());
        for (int k : indices) {
            Token m = toks.get(k);
            toks.set(k, new Token(m.index(), m.word(), m.begin(), m.end(), m.pos(), m.lemma(), "DATE", null));
        }
        return new Sentence(0, 0, s.text().length(), s.text(), toks, List.of(), List.of(), true);
    }

    @Test
    void aMonthsShortFormBeforeANameParticleStartsAPlaceName() {
        // "Mar" is read as a month by the date reader; before "del" and a proper noun it is the start of a town's name
        Sentence town = withDates(laidOut("Retired teachers rallied in Mar del Plata.", "Retired/VBN", "teachers/NNS",
                "rallied/VBD", "in/IN", "Mar/NNP", "del/NNP", "Plata/NNP", "./."), 4);
        assertThat(spotter.spot(town, Set.of())).extracting(PlaceRef::text).containsExactly("Mar del Plata");
        // a month alone before a name is still no place
        Sentence months = withDates(laidOut("Teachers rallied in Mar and April.", "Teachers/NNS", "rallied/VBD", "in/IN",
                "Mar/NNP", "and/CC", "April/NNP", "./."), 3, 5);
        assertThat(spotter.spot(months, Set.of())).isEmpty();
    }

    @Test
    void aShortWordBetweenTwoJoinedHyphensStaysInTheName() {
        Sentence s = laidOut("Gunmen robbed a bus in Cap-au-Loup and Villers-sur-Lys.", "Gunmen/NNS", "robbed/VBD", "a/DT",
                "bus/NN", "in/IN", "Cap/NNP", "-/HYPH", "au/NNP", "-/HYPH", "Loup/NNP", "and/CC", "Villers/NNP", "-/HYPH",
                "sur/IN", "-/HYPH", "Lys/NNP", "./.");
        assertThat(spotter.spot(s, Set.of())).extracting(PlaceRef::text).containsExactly("Cap-au-Loup", "Villers-sur-Lys");
        // spaced, the word is no part of a name
        Sentence spaced = laidOut("Talks in Geneva - on - Monday stalled.", "Talks/NNS", "in/IN", "Geneva/NNP", "-/HYPH",
                "on/IN", "-/HYPH", "Monday/NNP", "stalled/VBD", "./.");
        assertThat(spotter.spot(spaced, Set.of())).extracting(PlaceRef::text).doesNotContain("Geneva - on - Monday");
    }

    @Test
    void aPluralKindWordAfterAListMakesTheLastNameAPlaceNotAModifier() {
        List<PlaceRef> refs = spotter.spot(tagged("Jets/NNS hit/VBD Garmsir/NNP and/CC Musa/NNP Qala/NNP districts/NNS ./."),
                Set.of());
        assertThat(refs).extracting(PlaceRef::text).containsExactly("Garmsir", "Musa Qala districts");
        assertThat(refs).extracting(PlaceRef::modifier).containsExactly(false, false);
        // a sector named after its town, before "area", is the scene too
        List<PlaceRef> sector = spotter.spot(tagged("Troops/NNS traded/VBD fire/NN in/IN Tangdhar/NNP sector/NN area/NN ./."),
                Set.of());
        assertThat(sector).extracting(PlaceRef::text).containsExactly("Tangdhar sector");
        assertThat(sector.get(0).modifier()).isFalse();
    }

    /** The sentence with {@code subject} parsed as the subject of {@code verb}, which has {@code object} as its object. */
    private static Sentence parsed(Sentence s, int subject, int verb, int object) {
        return new Sentence(0, 0, s.text().length(), s.text(), s.tokens(),
                List.of(new org.sitrep.model.Dependency(verb, subject, "nsubj"), new org.sitrep.model.Dependency(verb, object, "obj")),
                List.of(), true);
    }

    @Test
    void aNameAfterOfOrWithItsContainerIsAPlaceEvenParsedAsASubject() {
        // "Larnaca demanding justice" misparsed as a clause: after "of" the name is where the court is
        Sentence court = parsed(tagged("Families/NNS rallied/VBD outside/IN the/DT court/NN of/IN Larnaca/NNP demanding/VBG "
                + "justice/NN ./."), 6, 7, 8);
        assertThat(spotter.spot(court, Set.of())).extracting(PlaceRef::text).containsExactly("Larnaca");
        // an opening place written with its state, then the clause: the parser's subject is still a place
        Sentence opening = parsed(tagged("On/IN Monday/NNP ,/, Calabozo/NNP ,/, Guarico/NNP state/NN ,/, farmers/NNS "
                + "blocked/VBD roads/NNS ./."), 3, 10, 11);
        assertThat(spotter.spot(opening, Set.of())).extracting(PlaceRef::text).contains("Calabozo", "Guarico state");
        // a name that acts stays out: "Moscow announced a deal"
        Sentence actor = parsed(tagged("Moscow/NNP announced/VBD a/DT deal/NN ./."), 0, 1, 3);
        assertThat(spotter.spot(actor, Set.of())).isEmpty();
    }

    @Test
    void aNounAndAKindWordAfterANameMakeItTheUnitsName() {
        List<PlaceRef> refs = spotter.spot(tagged("Shells/NNS hit/VBD the/DT Baqir/NNP border/NN district/NN ./."), Set.of());
        assertThat(refs).extracting(PlaceRef::text).containsExactly("Baqir");
        assertThat(refs.get(0).modifier()).isFalse();
        // a noun alone after the name still makes it a modifier: "the Baqir clinic"
        List<PlaceRef> clinic = spotter.spot(tagged("Shells/NNS hit/VBD the/DT Baqir/NNP clinic/NN ./."), Set.of());
        assertThat(clinic.get(0).modifier()).isTrue();
    }
}
