package org.sitrep.resolve.actor;

import org.sitrep.model.ActorType;
import org.sitrep.model.Actor;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ActorDictionaryTest {

    private static final ActorDictionary D = ActorDictionary.load();

    private static Actor norm(String phrase, String hint) {
        Optional<Actor> a = D.normalize(phrase, hint);
        assertThat(a).as("normalize(%s, %s)", phrase, hint).isPresent();
        return a.get();
    }

    private static List<String> names(List<ActorMatch> ms) {
        return ms.stream().map(m -> m.actor().name()).toList();
    }

    private static List<String> texts(List<ActorMatch> ms) {
        return ms.stream().map(ActorMatch::text).toList();
    }

    @Nested
    class Data {
        @Test
        void loadsOnceAndCoversTheWorld() {
            assertThat(ActorDictionary.load()).isSameAs(D);
            // 193 UN members + Palestine, Kosovo, Taiwan, Western Sahara
            assertThat(D.countryCount()).isEqualTo(197);
            assertThat(D.countryName("PS")).contains("Palestine");
            assertThat(D.countryName("XK")).contains("Kosovo");
            assertThat(D.countryName("TW")).contains("Taiwan");
            assertThat(D.countryName("EH")).contains("Western Sahara");
            assertThat(D.countryName("cd")).contains("Democratic Republic of Congo");
            assertThat(D.countryName("ZZ")).isEmpty();
            assertThat(D.countryName(null)).isEmpty();
            assertThat(D.actorAliasCount()).isGreaterThanOrEqualTo(150);
            assertThat(D.sourceAliasCount()).isGreaterThanOrEqualTo(150);
        }
    }

    @Nested
    class Countries {
        @ParameterizedTest
        @CsvSource({
                "Syria, SY", "Syrian, SY", "Damascus, SY", "Moscow, RU", "the Kremlin, RU", "Washington, US",
                "American, US", "U.S., US", "US, US", "Ankara, TR", "Turkiye, TR", "Tehran, IR", "Kyiv, UA", "Kiev, UA",
                "Kabul, AF", "Baghdad, IQ", "Sanaa, YE", "Khartoum, SD", "Beijing, CN", "Jerusalem, IL", "British, GB",
                "UK, GB", "Congolese, CD", "DRC, CD", "Burma, MM", "Ivory Coast, CI", "Syria's, SY", "Nigerien, NE",
                "Nigerian, NG", "South Sudanese, SS", "Sudanese, SD", "Sahrawi, EH", "Pristina, XK", "Yaounde, CM",
                "Yaoundé, CM"
        })
        void countryOf(String word, String iso) {
            assertThat(D.countryOf(word)).contains(iso);
        }

        @Test
        void lowerCaseAcronymsAndNonCountriesAreNot() {
            assertThat(D.countryOf("us")).isEmpty();
            assertThat(D.countryOf("Korean")).isEmpty(); // ambiguous on purpose
            assertThat(D.countryOf("Douma")).isEmpty();
            assertThat(D.countryOf("")).isEmpty();
            assertThat(D.countryOf(null)).isEmpty();
        }
    }

    @Nested
    class Normalize {
        @Test
        void briefExamples() {
            assertThat(norm("Syrian army troops", "SY"))
                    .isEqualTo(new Actor("Military Forces of Syria", ActorType.STATE_FORCES, "Syrian army troops"));
            assertThat(norm("the so-called Army of Islam extremist fighters", "SY").name()).isEqualTo("Jaish al-Islam");
            assertThat(norm("Army of Islam fighters", "SY"))
                    .isEqualTo(new Actor("Jaish al-Islam", ActorType.REBEL_GROUP, "Army of Islam fighters"));
            assertThat(norm("the regime", "SY"))
                    .isEqualTo(new Actor("Government of Syria", ActorType.STATE_FORCES, "the regime"));
            assertThat(norm("Syria's army", "SY").name()).isEqualTo("Military Forces of Syria");
            assertThat(norm("Syria’ army", "SY").name()).isEqualTo("Military Forces of Syria");
        }

        @Test
        void withoutHintAGenericNameLacksOnlyTheCountry() {
            assertThat(norm("the regime", null)).isEqualTo(new Actor("Government", ActorType.STATE_FORCES, "the regime"));
            assertThat(norm("troops", null).name()).isEqualTo("Military Forces");
            assertThat(norm("private security guards", null).name()).isEqualTo("Private Security Forces");
            assertThat(norm("private security guards", "KE").name()).isEqualTo("Private Security Forces (Kenya)");
            assertThat(norm("police", "IQ").name()).isEqualTo("Police Forces of Iraq");
            assertThat(norm("the country's army", "NG").name()).isEqualTo("Military Forces of Nigeria");
            assertThat(norm("the country's army", null).name()).isEqualTo("Military Forces");
        }

        @Test
        void genericDescriptions() {
            assertThat(norm("militants", "SY")).isEqualTo(
                    new Actor("Unidentified Armed Group", ActorType.POLITICAL_MILITIA, "militants"));
            assertThat(norm("unknown gunmen", "NG").name()).isEqualTo("Unidentified Armed Group");
            assertThat(norm("2,500 of their wives and children", "SY"))
                    .isEqualTo(new Actor("Civilians", ActorType.CIVILIANS, "2,500 of their wives and children"));
            assertThat(norm("villagers", "ML").type()).isEqualTo(ActorType.CIVILIANS);
            assertThat(norm("demonstrators", "SD")).isEqualTo(new Actor("Protesters", ActorType.PROTESTERS, "demonstrators"));
            assertThat(norm("an angry mob", "NG")).isEqualTo(new Actor("Rioters", ActorType.RIOTERS, "an angry mob"));
            assertThat(norm("the authorities", "ET").name()).isEqualTo("Government of Ethiopia");
        }

        @Test
        void demonymPlusForceNounComposes() {
            assertThat(norm("Turkish soldiers", "TR")).isEqualTo(
                    new Actor("Military Forces of Turkey", ActorType.STATE_FORCES, "Turkish soldiers"));
            assertThat(norm("Iraqi police", "IQ").name()).isEqualTo("Police Forces of Iraq");
            assertThat(norm("the Syrian government", "SY").name()).isEqualTo("Government of Syria");
            assertThat(norm("Syrian govt.", "SY").name()).isEqualTo("Government of Syria");
            assertThat(norm("Syrian police forces", "SY").name()).isEqualTo("Police Forces of Syria");
            assertThat(norm("Syrian government forces", "SY").name()).isEqualTo("Military Forces of Syria");
            assertThat(norm("US troops", "SY").name()).isEqualTo("Military Forces of United States");
            assertThat(norm("South Sudanese army", "SS").name()).isEqualTo("Military Forces of South Sudan");
            assertThat(norm("Congolese soldiers", "CD").name())
                    .isEqualTo("Military Forces of Democratic Republic of Congo");
        }

        @Test
        void aStatesAirstrikesStandForItsForces() {
            assertThat(norm("Israeli airstrikes", "PS").name()).isEqualTo("Military Forces of Israel");
            assertThat(norm("Russian airstrike", "SY").name()).isEqualTo("Military Forces of Russia");
            assertThat(D.normalize("Russian-made missiles", "UA")).isEmpty();
            // a weapon that is an event trigger on its own is not a force noun
            assertThat(D.normalize("the type of missile", "UA")).isEmpty();
        }

        @Test
        void foreignStateOnlyRelativeToTheHint() {
            assertThat(norm("Russian warplanes", "SY"))
                    .isEqualTo(new Actor("Military Forces of Russia", ActorType.FOREIGN_STATE, "Russian warplanes"));
            assertThat(norm("Russian warplanes", null).type()).isEqualTo(ActorType.STATE_FORCES);
            assertThat(norm("Russian warplanes", "RU").type()).isEqualTo(ActorType.STATE_FORCES);
            assertThat(norm("IRGC", "SY")).isEqualTo(new Actor("Military Forces of Iran", ActorType.FOREIGN_STATE, "IRGC"));
            // non-state groups keep their own type whatever the hint
            assertThat(norm("Hezbollah", "SY").type()).isEqualTo(ActorType.POLITICAL_MILITIA);
            assertThat(norm("Wagner Group", "ML").type()).isEqualTo(ActorType.EXTERNAL_FORCES);
        }

        @Test
        void capitalsAndCountriesAsAgents() {
            assertThat(norm("Moscow", "SY")).isEqualTo(new Actor("Government of Russia", ActorType.FOREIGN_STATE, "Moscow"));
            assertThat(norm("Damascus", "SY").name()).isEqualTo("Government of Syria");
            assertThat(norm("Washington", null)).isEqualTo(
                    new Actor("Government of United States", ActorType.STATE_FORCES, "Washington"));
            assertThat(norm("regime ally Russia", "SY").name()).isEqualTo("Government of Russia");
        }

        @Test
        void headNounHeuristic() {
            assertThat(norm("troops loyal to the regime", "SY").name()).isEqualTo("Military Forces of Syria");
            assertThat(norm("fighters in Syria", "SY").name()).isEqualTo("Unidentified Armed Group");
            assertThat(norm("gunmen belonging to the Jaish al-Islam group", "SY").name()).isEqualTo("Jaish al-Islam");
        }

        @Test
        void sponsoredOrNonStateForcesAreNotTheHintCountrysArmy() {
            assertThat(norm("US-backed forces", "SY").name()).isEqualTo("Unidentified Armed Group");
            assertThat(norm("Turkish-backed forces", "SY").name()).isEqualTo("Unidentified Armed Group");
            assertThat(norm("Kurdish forces", "SY").name()).isEqualTo("Unidentified Armed Group");
            assertThat(norm("Kurdish-led forces", "SY").name()).isEqualTo("Syrian Democratic Forces");
        }

        @Test
        void aCoalitionWrittenProXAndYIsLedByX() {
            assertThat(norm("pro-government and allied tribal forces", "YE"))
                    .isEqualTo(new Actor("Military Forces of Yemen", ActorType.STATE_FORCES,
                            "pro-government and allied tribal forces"));
            assertThat(norm("pro-Hadi and allied tribal fighters", "YE").name()).isEqualTo("Military Forces of Yemen");
            assertThat(norm("pro-government and \"National Resistance\" forces", "YE").name())
                    .isEqualTo("Military Forces of Yemen");
            assertThat(texts(D.find("Fighting pitted pro-Hadi and allied forces against Houthi fighters.", "YE")))
                    .containsExactly("pro-Hadi and allied forces", "Houthi fighters");
            // two sides, each written with its own prefix
            assertThat(norm("pro-Hadi and anti-Hadi fighters", "YE").name()).isEqualTo("Unidentified Armed Group");
        }

        @Test
        void aGovernmentsWordBeforeItsForcesIsTheForces() {
            assertThat(texts(D.find("Regime security forces arrested three teachers at a checkpoint.", "SY")))
                    .containsExactly("Regime security forces");
            assertThat(norm("regime security forces", "SY").name()).isEqualTo("Military Forces of Syria");
            assertThat(norm("government police", "KE").name()).isEqualTo("Police Forces of Kenya");
            // a possessive keeps them apart: the government, and forces it owns, are both named
            assertThat(names(D.find("the government's security forces", "SY")))
                    .containsExactly("Government of Syria", "Military Forces of Syria");
        }

        @Test
        void forcesNoOneIdentifiedAreNoStatesArmy() {
            assertThat(norm("a column of unidentified forces", "YE").name()).isEqualTo("Unidentified Armed Group");
            assertThat(norm("unknown troops", "LY").name()).isEqualTo("Unidentified Armed Group");
        }

        @Test
        void nothingKnown() {
            assertThat(D.normalize("the weather", "SY")).isEmpty();
            assertThat(D.normalize("Russian-sponsored talks", "SY")).isEmpty();
            assertThat(D.normalize("a pro-regime commander", "SY")).isEmpty();
            assertThat(D.normalize("  ", "SY")).isEmpty();
            assertThat(D.normalize(null, "SY")).isEmpty();
        }
    }

    @Nested
    class OtherTheatres {
        @Test
        void groupsOfOtherWarsAndYearsByTheirOwnNames() {
            assertThat(norm("Ansar Dine", "ML").type()).isEqualTo(ActorType.REBEL_GROUP);
            assertThat(norm("GATIA", "ML").type()).isEqualTo(ActorType.POLITICAL_MILITIA);
            assertThat(norm("FARC", "CO").type()).isEqualTo(ActorType.REBEL_GROUP);
            assertThat(norm("Los Zetas", "MX").type()).isEqualTo(ActorType.POLITICAL_MILITIA);
            assertThat(norm("Comando Vermelho", "BR").type()).isEqualTo(ActorType.POLITICAL_MILITIA);
            assertThat(norm("KNU", "MM").name()).isEqualTo("Karen National Liberation Army");
            assertThat(norm("Yan Sakai", "NG").type()).isEqualTo(ActorType.IDENTITY_MILITIA);
            assertThat(norm("Special Deterrence Force", "LY").type()).isEqualTo(ActorType.POLITICAL_MILITIA);
            assertThat(norm("ZSU", "UA")).isEqualTo(new Actor("Military Forces of Ukraine", ActorType.STATE_FORCES, "ZSU"));
            // another state's forces in a report about Ukraine are a foreign state
            assertThat(norm("Russian troops", "UA").type()).isEqualTo(ActorType.FOREIGN_STATE);
            assertThat(norm("MINUSMA", "ML").type()).isEqualTo(ActorType.EXTERNAL_FORCES);
            assertThat(norm("UNIFIL peacekeepers", "LB").name()).isEqualTo("UNIFIL");
            // a state's named operation abroad: its own forces, foreign where they fight
            assertThat(norm("French Operation Serval troops", "ML"))
                    .isEqualTo(new Actor("Military Forces of France", ActorType.FOREIGN_STATE, "French Operation Serval troops"));
            String s = "Shining Path fighters ambushed an army patrol in the valley.";
            assertThat(names(D.find(s, "PE"))).containsExactly("Shining Path", "Military Forces of Peru");
        }

        @Test
        void factionsServicesAndCompaniesByTheirOtherNamesAndInitials() {
            String s = "Jaysh al-Sharqiya fighters exchanged fire with the Sham Legion north of the dam.";
            assertThat(names(D.find(s, "SY"))).containsExactly("Syrian National Army", "Faylaq al-Sham");
            assertThat(texts(D.find(s, "SY"))).containsExactly("Jaysh al-Sharqiya fighters", "Sham Legion");
            assertThat(norm("BLF", "PK").type()).isEqualTo(ActorType.REBEL_GROUP);
            assertThat(norm("LDU", "UG")).isEqualTo(new Actor("Military Forces of Uganda", ActorType.STATE_FORCES, "LDU"));
            assertThat(norm("dahalo", "MG").type()).isEqualTo(ActorType.POLITICAL_MILITIA);
            assertThat(norm("Dyck Advisory Group", "MZ").type()).isEqualTo(ActorType.EXTERNAL_FORCES);
            assertThat(norm("an opposition rebel group", "SY").name()).isEqualTo("Opposition Rebels");
        }

        @Test
        void aProNamedActorBeforeAnAttackOrMemberNounIsThatActor() {
            String s = "Government troops thwarted a pro-Houthi incursion and killed several pro-Houthi elements.";
            assertThat(names(D.find(s, "YE"))).containsExactly("Military Forces of Yemen", "Houthis (Ansar Allah)",
                    "Houthis (Ansar Allah)");
            assertThat(texts(D.find(s, "YE"))).containsExactly("Government troops", "pro-Houthi incursion",
                    "pro-Houthi elements");
            // a crowd or a paper that supports a group is no part of it; a country after "pro-" is no named actor
            assertThat(names(D.find("Pro-Hamas protesters marched past a pro-Hezbollah newspaper.", "GB")))
                    .containsExactly("Protesters");
            assertThat(names(D.find("A pro-Russian attack on the village was repelled.", "UA"))).isEmpty();
        }

        @Test
        void nigeria() {
            assertThat(norm("Boko Haram", "NG")).isEqualTo(new Actor("Boko Haram", ActorType.REBEL_GROUP, "Boko Haram"));
            assertThat(norm("ISWAP fighters", "NG").name()).isEqualTo("Islamic State West Africa Province");
            assertThat(norm("Islamic State West Africa Province", "NG").name())
                    .isEqualTo("Islamic State West Africa Province");
            assertThat(norm("Nigerian troops", "NG"))
                    .isEqualTo(new Actor("Military Forces of Nigeria", ActorType.STATE_FORCES, "Nigerian troops"));
            assertThat(norm("Fulani herdsmen", "NG").type()).isEqualTo(ActorType.IDENTITY_MILITIA);
            assertThat(norm("bandits", "NG").name()).isEqualTo("Unidentified Armed Group");
            String s = "Nigerian troops repelled Boko Haram and ISWAP fighters near Maiduguri.";
            assertThat(names(D.find(s, "NG"))).containsExactly("Military Forces of Nigeria", "Boko Haram",
                    "Islamic State West Africa Province");
        }

        @Test
        void somalia() {
            assertThat(norm("al-Shabaab", "SO")).isEqualTo(new Actor("Al Shabaab", ActorType.REBEL_GROUP, "al-Shabaab"));
            assertThat(norm("al-Shabab militants", "SO").name()).isEqualTo("Al Shabaab");
            assertThat(norm("Al Shabaab", "SO").name()).isEqualTo("Al Shabaab");
            assertThat(norm("Somali security forces", "SO"))
                    .isEqualTo(new Actor("Military Forces of Somalia", ActorType.STATE_FORCES, "Somali security forces"));
            assertThat(norm("AMISOM", "SO").type()).isEqualTo(ActorType.EXTERNAL_FORCES);
            // the same alias means different groups in different countries
            assertThat(norm("SNA", "SO").name()).isEqualTo("Military Forces of Somalia");
            assertThat(norm("SNA", "SY").name()).isEqualTo("Syrian National Army");
            assertThat(norm("SNA", null).name()).isEqualTo("Syrian National Army");
            assertThat(norm("al-Shabaab", "MZ").name()).isEqualTo("Islamic State Mozambique Province");
        }

        @Test
        void ukraine() {
            assertThat(norm("Russian forces", "UA"))
                    .isEqualTo(new Actor("Military Forces of Russia", ActorType.FOREIGN_STATE, "Russian forces"));
            assertThat(norm("Ukrainian army", "UA"))
                    .isEqualTo(new Actor("Military Forces of Ukraine", ActorType.STATE_FORCES, "Ukrainian army"));
            assertThat(norm("Ukraine's armed forces", "UA").name()).isEqualTo("Military Forces of Ukraine");
            assertThat(norm("Kyiv", "UA").name()).isEqualTo("Government of Ukraine");
            assertThat(norm("the Kremlin", "UA"))
                    .isEqualTo(new Actor("Government of Russia", ActorType.FOREIGN_STATE, "the Kremlin"));
            assertThat(norm("Wagner mercenaries", "UA").name()).isEqualTo("Wagner Group");
        }

        @Test
        void stateCorpsNamedByTheirFunction() {
            assertThat(norm("the presidential guard corps", "NE").name()).isEqualTo("Military Forces of Niger");
            assertThat(norm("auxiliary forces", "DZ").name()).isEqualTo("Military Forces of Algeria");
            assertThat(norm("the bomb disposal team", "PK").name()).isEqualTo("Police Forces of Pakistan");
            assertThat(norm("the provincial governorship", "IQ").name()).isEqualTo("Government of Iraq");
        }

        @Test
        void sudan() {
            assertThat(norm("RSF", "SD")).isEqualTo(new Actor("Rapid Support Forces", ActorType.REBEL_GROUP, "RSF"));
            assertThat(norm("the Rapid Support Forces", "SD").name()).isEqualTo("Rapid Support Forces");
            assertThat(norm("Sudanese Armed Forces", "SD").name()).isEqualTo("Military Forces of Sudan");
            assertThat(norm("SAF", "SD").name()).isEqualTo("Military Forces of Sudan");
            // "Rapid Support Forces" is longer than the generic "forces" inside it
            assertThat(texts(D.find("Fighting between the army and the Rapid Support Forces", "SD")))
                    .containsExactly("army", "Rapid Support Forces");
        }

        @Test
        void afghanistan() {
            assertThat(norm("the Taliban", "AF")).isEqualTo(new Actor("Taliban", ActorType.REBEL_GROUP, "the Taliban"));
            assertThat(norm("Taliban fighters", "AF").name()).isEqualTo("Taliban");
            assertThat(norm("Pakistani Taliban", "PK").name()).isEqualTo("Tehrik-i-Taliban Pakistan");
            assertThat(norm("ISKP", "AF").name()).isEqualTo("Islamic State Khorasan Province");
            assertThat(norm("IS-K", "AF").name()).isEqualTo("Islamic State Khorasan Province");
            assertThat(norm("Afghan National Army", "AF").name()).isEqualTo("Military Forces of Afghanistan");
        }

        @Test
        void cameroonAndDrc() {
            assertThat(norm("ADF", "CD").name()).isEqualTo("Allied Democratic Forces");
            assertThat(norm("ADF", "CM").name()).isEqualTo("Ambazonian Separatists");
            assertThat(norm("M23 rebels", "CD").name()).isEqualTo("M23");
            assertThat(norm("CODECO militiamen", "CD").name()).isEqualTo("CODECO");
        }
    }

    @Nested
    class Find {
        @Test
        void offsetsAreRelativeToTheGivenString() {
            String s = "  Syrian soldiers and their allies attacked Jaish al-Islam positions.";
            List<ActorMatch> ms = D.find(s, "SY");
            assertThat(texts(ms)).containsExactly("Syrian soldiers", "Jaish al-Islam");
            for (ActorMatch m : ms) {
                assertThat(s.substring(m.start(), m.end())).isEqualTo(m.text());
                assertThat(m.actor().text()).isEqualTo(m.text());
            }
            assertThat(ms.get(0).start()).isEqualTo(2);
            assertThat(ms.get(0).generic()).isFalse();
        }

        @Test
        void longestMatchWinsAndMatchesDoNotOverlap() {
            List<ActorMatch> ms = D.find("The Free Syrian Army and the Syrian National Army clashed with the "
                    + "Islamic State West Africa Province.", null);
            assertThat(names(ms)).containsExactly("Free Syrian Army", "Syrian National Army",
                    "Islamic State West Africa Province");
            for (int i = 1; i < ms.size(); i++) {
                assertThat(ms.get(i).start()).isGreaterThanOrEqualTo(ms.get(i - 1).end());
            }
        }

        @Test
        void upperCaseAcronymsOnlyMatchInUpperCase() {
            String s = "It is unclear whether IS fighters or ISIS cells were behind it. Is it Daesh? This is ISIL.";
            List<ActorMatch> ms = D.find(s, "IQ");
            assertThat(texts(ms)).containsExactly("IS fighters", "ISIS", "Daesh", "ISIL");
            assertThat(names(ms)).containsOnly("Islamic State");
            assertThat(D.find("Who is to blame? It is what it is.", null)).isEmpty();
            assertThat(D.normalize("is", "IQ")).isEmpty();
            assertThat(D.find("the hts in lower case", null)).isEmpty();
            assertThat(names(D.find("HTS took the town", null))).containsExactly("Hayat Tahrir al-Sham");
        }

        @Test
        void possessivesAreMatchedWithoutTheEnding() {
            String s = "Jaish al-Islam's fighters and the Houthis' drones; Hezbollah’s unit; Russia's jets.";
            List<ActorMatch> ms = D.find(s, null);
            assertThat(texts(ms)).containsExactly("Jaish al-Islam", "fighters", "Houthis", "Hezbollah",
                    "Russia's jets");
            assertThat(ms.get(0).end()).isEqualTo(s.indexOf("'s"));
            assertThat(norm("Taliban's", "AF").name()).isEqualTo("Taliban");
        }

        @Test
        void hyphenAndSpaceVariants() {
            assertThat(names(D.find("Ahrar al Sham and Ahrar al-Sham and Jaish al Islam and Hayat Tahrir al Sham",
                    "SY"))).containsExactly("Ahrar al-Sham", "Ahrar al-Sham", "Jaish al-Islam", "Hayat Tahrir al-Sham");
            assertThat(norm("Al-Shabaab", "SO").name()).isEqualTo("Al Shabaab");
            assertThat(norm("Lords Resistance Army", "UG").name()).isEqualTo("Lord's Resistance Army");
        }

        @Test
        void hyphenCompoundsAreNotActors() {
            assertThat(D.find("the pro-regime commander in the IS-held and Russian-backed, government-held town",
                    "SY")).isEmpty();
        }

        @Test
        void institutionNounsUsedAsAdjectivesAreNotActors() {
            assertThat(texts(D.find("a war media unit belonging to Hezbollah reported", "SY")))
                    .containsExactly("Hezbollah");
            assertThat(texts(D.find("brokered by regime ally Russia", "SY"))).isEmpty();
            // a possessor is a mention: "the regime's ally" refers to the government
            assertThat(names(D.find("the regime's ally Hezbollah", "SY")))
                    .containsExactly("Government of Syria", "Hezbollah");
            assertThat(D.find("A Syrian military source said", "SY")).isEmpty();
            assertThat(texts(D.find("The military said", "SY"))).containsExactly("military");
        }

        @Test
        void namedGroupAbsorbsTheArmedNounAfterIt() {
            List<ActorMatch> ms = D.find("battles against Army of Islam fighters and Houthi rebels", "SY");
            assertThat(texts(ms)).containsExactly("Army of Islam fighters", "Houthi rebels");
            assertThat(names(ms)).containsExactly("Jaish al-Islam", "Houthis (Ansar Allah)");
        }

        @Test
        void genericFlagAndUnknownCountry() {
            List<ActorMatch> ms = D.find("Troops shelled villagers while militants fled.", null);
            assertThat(names(ms)).containsExactly("Military Forces", "Civilians", "Unidentified Armed Group");
            assertThat(ms).allMatch(ActorMatch::generic);
            // only the class of the article country's actors waits for a country; civilians are complete as they are
            assertThat(ms).extracting(ActorMatch::countryUnknown).containsExactly(true, false, false);
            assertThat(D.find("Troops shelled villagers", "ML")).noneMatch(ActorMatch::countryUnknown);
            assertThat(names(D.find("Troops shelled villagers", "ML")))
                    .containsExactly("Military Forces of Mali", "Civilians");
        }

        @Test
        void exampleArticleSentence() {
            String s = "Separately, Russia's military said a convoy would leave on Monday to take Jaish al-Islam "
                    + "militants away from their positions near Zabadani.";
            List<ActorMatch> ms = D.find(s, "SY");
            assertThat(texts(ms)).containsExactly("Russia's military", "Jaish al-Islam militants");
            assertThat(ms.get(0).actor()).isEqualTo(
                    new Actor("Military Forces of Russia", ActorType.FOREIGN_STATE, "Russia's military"));
        }

        @Test
        void bareCountriesAndCapitalsAreLeftToTheCaller() {
            assertThat(D.find("Moscow announced a deal in Damascus.", "SY")).isEmpty();
        }

        @Test
        void emptyInput() {
            assertThat(D.find("", null)).isEmpty();
            assertThat(D.find(null)).isEmpty();
        }
    }

    @Nested
    class Sources {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "a war media unit belonging to Hezbollah | Hezbollah military media unit",
                "a media unit operated by the government's ally Hezbollah | Hezbollah military media unit",
                "Hezbollah's military media unit | Hezbollah military media unit",
                "Russia's Defence Ministry | Russian Defence Ministry",
                "Russian Ministry of Defence | Russian Defence Ministry",
                "the Russian Defense Ministry | Russian Defence Ministry",
                "the Russian military | Russian Defence Ministry",
                "Russia's military | Russian Defence Ministry",
                "the Ministry of Defence of the Russian Federation | Russian Defence Ministry",
                "the Syrian Observatory for Human Rights | Syrian Observatory for Human Rights",
                "SOHR | Syrian Observatory for Human Rights",
                "the Observatory | Syrian Observatory for Human Rights",
                "the observatory | Syrian Observatory for Human Rights",
                "a Britain-based war monitor | Syrian Observatory for Human Rights",
                "the UK-based Syrian Observatory for Human Rights | Syrian Observatory for Human Rights",
                "Observatory head Rami Abdel Rahman | Syrian Observatory for Human Rights",
                "a war monitor | war monitor",
                "opposition sources | opposition sources",
                "the opposition sources | opposition sources",
                "a Syrian military source | Syrian military source",
                "Syria’ official news agency SANA | SANA",
                "Syrian state news agency SANA | SANA",
                "the nation’s official SANA news agency | SANA",
                "Reuters | Reuters",
                "Agence France-Presse | AFP",
                "the Associated Press | AP",
                "AP | AP",
                "dpa | dpa",
                "Xinhua | Xinhua",
                "TASS | TASS",
                "RIA Novosti | RIA Novosti",
                "Turkey's Anadolu Agency | Anadolu Agency",
                "Iran's official IRNA news agency | IRNA",
                "Iranian state news agency | IRNA",
                "Al-Jazeera | Al Jazeera",
                "the BBC | BBC",
                "Hezbollah's Al-Manar TV | Al-Manar",
                "the Islamic State group's Amaq news agency | Amaq News Agency",
                "an IS-linked news agency | Amaq News Agency",
                "OCHA | OCHA",
                "the UN refugee agency | UNHCR",
                "the International Committee of the Red Cross | ICRC",
                "Doctors Without Borders | MSF",
                "the World Health Organization | WHO",
                "Amnesty International | Amnesty International",
                "Human Rights Watch | Human Rights Watch",
                "the White Helmets | White Helmets (Syria Civil Defence)",
                "Syria Civil Defence | White Helmets (Syria Civil Defence)",
                "Airwars | Airwars",
                "ACLED | ACLED",
                "the Nigerian army spokesman | Nigerian army",
                "an official of Ahrar al Sham | Ahrar al-Sham",
                "a Jaish al-Islam spokesman | Jaish al-Islam",
                "Syria's health ministry | Syrian Health Ministry",
                "Moscow | Russian government",
                "the so-called commander. | commander",
                "\"local residents\", | local residents",
        })
        void normalizeSource(String phrase, String expected) {
            assertThat(D.normalizeSource(phrase)).isEqualTo(expected);
        }

        @Test
        void lowerCaseAcronymIsNotTheAgency() {
            assertThat(D.normalizeSource("ap")).isEqualTo("ap");
            assertThat(D.describeSource("ap", null).kind()).isEqualTo(SourceKind.UNKNOWN);
            assertThat(D.normalizeSource("who")).isEqualTo("who");
        }

        @Test
        void personIsKeptSeparately() {
            assertThat(D.describeSource("Observatory head Rami Abdel Rahman", null)).isEqualTo(
                    new SourceRef("Syrian Observatory for Human Rights", SourceKind.MONITOR, "Rami Abdel Rahman"));
            assertThat(D.describeSource("Rami Abdel Rahman, the Observatory head", null).person())
                    .isEqualTo("Rami Abdel Rahman");
            SourceRef r = D.describeSource("Colonel Ivan Petrov, director of the Russian peace and "
                    + "reconciliation centre", "SY");
            assertThat(r).isEqualTo(new SourceRef("Russian Reconciliation Centre for Syria", SourceKind.MILITARY,
                    "Colonel Ivan Petrov"));
        }

        @Test
        void roleIsOnlyDroppedForARecognisedOrganisation() {
            assertThat(D.normalizeSource("a pro-regime commander")).isEqualTo("pro-regime commander");
            assertThat(D.normalizeSource("one official familiar with talks")).isEqualTo("official familiar with talks");
        }

        @Test
        void contextualDescriptionsNeedTheHint() {
            assertThat(D.normalizeSource("the news agency", "SY")).isEqualTo("SANA");
            assertThat(D.normalizeSource("the news agency")).isEqualTo("news agency");
            assertThat(D.normalizeSource("the state news agency", "NG")).isEqualTo("News Agency of Nigeria");
            assertThat(D.normalizeSource("the country's official news agency", "SY")).isEqualTo("SANA");
        }

        @Test
        void coordinations() {
            assertThat(D.normalizeSources("the Observatory and the state news agency SANA", null))
                    .containsExactly("Syrian Observatory for Human Rights", "SANA");
            assertThat(D.normalizeSource("the Observatory and the state news agency SANA"))
                    .isEqualTo("Syrian Observatory for Human Rights and SANA");
            assertThat(D.normalizeSources("the officials and opposition sources and a war media unit belonging to "
                    + "Hezbollah", "SY")).containsExactly("officials", "opposition sources",
                    "Hezbollah military media unit");
            // "and" inside a known name does not split it
            assertThat(D.normalizeSources("Russian peace and reconciliation center", null))
                    .containsExactly("Russian Reconciliation Centre for Syria");
            assertThat(D.normalizeSources("Reuters", null)).containsExactly("Reuters");
        }

        @Test
        void unknownPhrasesAreCleanedNeverDropped() {
            assertThat(D.normalizeSource("  the so-called \"activists on the ground\";  "))
                    .isEqualTo("activists on the ground");
            assertThat(D.normalizeSource("Rami Abdel Rahman")).isEqualTo("Rami Abdel Rahman");
            assertThat(D.describeSource("several opposition news outlets", null))
                    .isEqualTo(new SourceRef("opposition news outlets", SourceKind.MEDIA, null));
            assertThat(D.normalizeSource("")).isEmpty();
            assertThat(D.normalizeSource(null)).isEmpty();
        }
    }

    @Test
    void proActorForcesAreThatActors() {
        assertThat(names(D.find("pro-Houthi forces shelled the frontline", "YE"))).containsExactly("Houthis (Ansar Allah)");
        assertThat(names(D.find("Saudi-backed forces advanced on the port", "YE"))).containsExactly("Unidentified Armed Group");
    }

    @Test
    void settlersNamedForTheirStateAreItsIdentityMilitiaAndANationalGuardIsAStateForce() {
        assertThat(D.normalize("Israeli settlers", "PS")).contains(
                new Actor("Settlers (Israel)", ActorType.IDENTITY_MILITIA, "Israeli settlers"));
        assertThat(D.normalize("settlers", "NG")).isEmpty();
        assertThat(D.normalize("National Guard", "MX")).contains(
                new Actor("Police Forces of Mexico", ActorType.STATE_FORCES, "National Guard"));
        assertThat(D.normalize("National Guard", "VE")).contains(
                new Actor("Military Forces of Venezuela", ActorType.STATE_FORCES, "National Guard"));
    }

    @Test
    void communalMilitiasAreIdentityMilitias() {
        List<ActorMatch> ms = D.find("Clan militias fought over a grazing area", "SO");
        assertThat(names(ms)).containsExactly("Unidentified Clan Militia");
        assertThat(ms.get(0).actor().type()).isEqualTo(ActorType.IDENTITY_MILITIA);
    }

    @Nested
    class Sides {
        @Test
        void fightersOfAProNamedSideAreThatSide() {
            List<ActorMatch> ms = D.find("Pro-Houthi fighters stormed a hilltop post held by government troops.", "YE");
            assertThat(ms.get(0).actor().name()).isEqualTo("Houthis (Ansar Allah)");
            assertThat(ms.get(0).actor().type()).isEqualTo(ActorType.STATE_FORCES);
        }

        @Test
        void backedFightersStayUnidentified() {
            List<ActorMatch> ms = D.find("Iran-backed fighters shelled the outskirts of the town.", "SY");
            assertThat(ms.get(0).actor().name()).isEqualTo("Unidentified Armed Group");
        }

        @Test
        void theTransitionalCouncilsForcesAreTheSecurityBelt() {
            assertThat(norm("pro-STC forces", "YE").type()).isEqualTo(ActorType.STATE_FORCES);
            assertThat(norm("Security Belt forces", "YE").name()).isEqualTo("Military Forces of Yemen Security Belt Forces");
            assertThat(norm("the Southern Transitional Council", "YE").type()).isEqualTo(ActorType.POLITICAL_MILITIA);
        }

        @Test
        void theArmedOppositionIsARebelGroup() {
            assertThat(norm("opposition rebels", "SY").type()).isEqualTo(ActorType.REBEL_GROUP);
            assertThat(norm("armed opposition", "MM").type()).isEqualTo(ActorType.REBEL_GROUP);
            assertThat(norm("opposition groups", "MW").name()).isEqualTo("Unidentified Armed Group");
        }

        @Test
        void syrianFactionsByTheirInitials() {
            assertThat(names(D.find("QSD fighters and JWS factions traded fire near the dam.", "SY")))
                    .containsExactly("Syrian Democratic Forces", "Syrian National Army");
            assertThat(norm("OPS factions", "SY").name()).isEqualTo("Operation Peace Spring");
        }

        @Test
        void groupsNamedWithACountryAndAForceNounAreTheGroupNotTheStatesArmy() {
            assertThat(norm("fighters of the Patriotic and Integrationist Force of Congo", "CD"))
                    .isEqualTo(new Actor("Patriotic and Integrationist Force of Congo", ActorType.POLITICAL_MILITIA,
                            "fighters of the Patriotic and Integrationist Force of Congo"));
            assertThat(names(D.find("HBDH members torched a depot while FPIC gunmen looted a shop.", null)))
                    .containsExactly("Peoples' United Revolutionary Movement", "Patriotic and Integrationist Force of Congo");
        }

        @Test
        void twoLetterInitialsNameAGroupOnlyInItsOwnCountry() {
            assertThat(norm("RF militants", "IN").name()).isEqualTo("The Resistance Front");
            assertThat(norm("two HM militants", "IN").name()).isEqualTo("Hizbul Mujahideen");
            assertThat(names(D.find("RF militants opened fire.", "SY"))).doesNotContain("The Resistance Front");
            assertThat(norm("a cadre of the People's Revolutionary Party of Kangleipak-Progressive", "IN").name())
                    .isEqualTo("People's Revolutionary Party of Kangleipak");
        }
    }
}
