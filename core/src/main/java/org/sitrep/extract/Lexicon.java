package org.sitrep.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sitrep.common.Pronouns;
import org.sitrep.common.Tsv;
import org.sitrep.model.CountRole;
import org.sitrep.model.Frame;
import org.sitrep.model.Qualifier;

/**
 * The extract stage's vocabulary, loaded once from src/main/resources/lexicon (one file per concept,
 * each with a header saying what it holds). Immutable after loading, so threads share it.
 */
final class Lexicon {
    final PhraseMatcher<Frame> triggers = new PhraseMatcher<>();
    final PhraseMatcher<Frame> loneTriggers = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> gatheringVerbs = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> protestPurposes = new PhraseMatcher<>();
    final FrameTable frames;
    final PhraseMatcher<Cue> cues = new PhraseMatcher<>();
    /** What a fight was fought with: firearms, or a crowd's means (fight-means.tsv). */
    final PhraseMatcher<FightMeans.Means> fightMeans = new PhraseMatcher<>();
    /** Fire given back to an attack or shelling (answering-fire.tsv). */
    final PhraseMatcher<ExchangeOfFire.Answer> answeringFire = new PhraseMatcher<>();
    final PhraseMatcher<Qualifier> qualifiers = new PhraseMatcher<>();
    final PhraseMatcher<Integer> vague = new PhraseMatcher<>();
    final Map<String, PeopleGroup> peopleNouns;
    final Map<String, CountRole> casualtyRoles;
    final Map<String, SpeechKind> speech;
    final PhraseMatcher<SpeechKind> speechPhrases = new PhraseMatcher<>();
    final Map<String, String> allegationModifiers;
    final Map<String, PeopleGroup> personRoles;
    final Set<String> tollNouns;
    final PhraseMatcher<Boolean> tollShares = new PhraseMatcher<>();
    final PhraseMatcher<Qualifier> tollLinks = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> tollAdditions = new PhraseMatcher<>();
    final Set<String> negators = words("negators");
    /** Modifiers of an explosion that went off too early ("exploded prematurely"): premature-words.tsv. */
    final Set<String> prematureWords = words("premature-words");
    /** Verbs a crowd protests by, when a protest is their purpose ("drove tractors into the capital to protest"). */
    final Set<String> crowdActs = words("crowd-acts");
    /** Heads of a denied object that refer back to a claim already reported ("denied the claim"). */
    final Set<String> claimAnaphors = words("claim-anaphors");
    final Set<String> negatingMarks = words("negating-marks");
    final Set<String> negatingGovernors = words("negating-governors");
    final Set<String> futureAuxiliaries = words("future-auxiliaries");
    final Set<String> realGovernors = words("real-governors");
    final Set<String> causatives = words("causatives");
    final Set<String> intentWords = words("intent-words");
    final Set<String> threatWords = words("threat-words");
    final Set<String> attemptWords = words("attempt-words");
    /** Adverbs that make a harm verb a near miss ("nearly lynched", "almost killed"): near-miss-adverbs.tsv. */
    final Set<String> nearMissAdverbs = words("near-miss-adverbs");
    final Set<String> dealVerbs = words("deal-verbs");
    /** Agreements a side may withdraw from ("pulled out of the truce"): no ground changes hands. */
    final Set<String> agreementNouns = words("agreement-nouns");
    final Set<String> launchVerbs = words("launch-verbs");
    final Set<String> baseNouns = words("base-nouns");
    final Set<String> allegingVerbs = words("alleging-verbs");
    final Set<String> armedAdjectives = words("armed-adjectives");
    final Set<String> organisedDeparture = words("organised-departure");
    final Set<String> harmNouns = words("harm-nouns");
    final Set<String> tollVerbs = words("toll-verbs");
    final Set<String> harmMannerVerbs = words("harm-manner-verbs");
    final Set<String> fatalAdverbs = words("fatal-adverbs");
    final Set<String> airAims = words("air-aims");
    final Set<String> firingVerbs = words("firing-verbs");
    final Set<String> countGapWords = words("count-gap-words");
    final Set<String> countLeadWords = words("count-lead-words");
    final Set<String> speakerPronouns = Pronouns.of(Pronouns.Use.SPEAKER);
    final Set<String> clauseOpeners = words("clause-openers");
    final Set<String> crowdNouns = words("crowd-nouns");
    final Set<String> militaryTargets = words("military-targets");
    final Set<String> civilianSiteModifiers = words("civilian-site-modifiers");
    final Set<String> pronominalDeterminers = words("pronominal-determiners");
    final Set<String> inclusionWords = words("inclusion-words");
    final Set<String> protesterNouns = words("protester-nouns");
    final Set<String> protestViolence = words("protest-violence");
    final Set<String> discoveryWords = words("discovery-words");
    final Set<String> bodySigns = words("body-signs");
    final Set<String> operationNouns = words("operation-nouns");
    final Set<String> weaponNouns = words("weapon-nouns");
    final Set<String> zeroWords = words("zero-words");
    final Set<String> contrabandNouns = words("contraband-nouns");
    /** Goods that are no territory when seized: ordinary goods and contraband. */
    final Set<String> goodsNouns = union(words("goods-nouns"), contrabandNouns);
    final Set<String> territoryNouns = words("territory-nouns");
    final Set<String> verbOnlyTriggers = words("verb-only-triggers");
    /** Abstract objects an attack can only be a figure of speech on ("an attack on press freedom"): abstract-targets.tsv. */
    final Set<String> abstractTargets = words("abstract-targets");
    final Map<String, String> recoveryVerbs;
    /** Misspellings of words the other lexicons hold, read as the word meant ("killled": kill). */
    private final Map<String, String> misspellings;
    final Set<String> singularDeterminers = words("singular-determiners");
    final Set<String> collectiveNouns = words("collective-nouns");
    final Set<String> tollHedges = words("toll-hedges");
    final Set<String> conditionMarks = words("condition-marks");
    final Set<String> presupposingVerbs = words("presupposing-verbs");
    final Set<String> resultWords = words("result-words");
    final Set<String> personPronouns = Pronouns.of(Pronouns.Use.PERSON);
    /** Pronouns standing for a group of people ("they were detained"): pronouns.tsv, use "group". */
    final Set<String> pluralPronouns = Pronouns.of(Pronouns.Use.GROUP);
    final Set<String> additionWords = words("addition-words");
    final Set<String> responseWords = words("response-words");
    final Set<String> repellingVerbs = column("repelling-verbs", "verb");
    final Set<String> repelledNouns = column("repelling-verbs", "noun");
    final Set<String> propertyTargets = words("property-targets");
    final Set<String> arsonWords = words("arson-words");
    final Set<String> aircraftWords = words("aircraft-words");
    final Set<String> membershipNouns = words("membership-nouns");
    /** Armed organisations or parts of one that fighters join or leave ("the faction", "the ranks"): faction-nouns.tsv. */
    final Set<String> factionNouns = words("faction-nouns");
    final Set<String> criminalAffiliation = words("criminal-affiliation");
    final Set<String> victimNouns = words("victim-nouns");
    /** Words that make a clause recall an earlier happening ("after ...", "... earlier"): recall-marks.tsv. */
    final Set<String> recallClauseMarks = column("recall-marks", "clause");
    final Set<String> recallTimeMarks = column("recall-marks", "time");
    /** A political party's noun and the modifiers that make it one (party-nouns.tsv). */
    final Set<String> partyNouns = column("party-nouns", "noun");
    final Set<String> partyModifiers = column("party-nouns", "modifier");
    final Set<String> sequelWords = words("sequel-words");
    final Set<String> rioterNouns = words("rioter-nouns");
    final Set<String> returningStates = words("returning-states");
    final Set<String> lootNouns = words("loot-nouns");
    final Set<String> unspecifiedAttacks = words("unspecified-attacks");
    final Set<String> standingStates = words("standing-states");
    final Set<String> refusalObjects = words("refusal-objects");
    final Set<String> watercraftModifiers = words("watercraft-modifiers");
    final Set<String> aimingVerbs = words("aiming-verbs");
    final Set<String> civilianTargets = words("civilian-targets");
    /** Markers of a protest's grievance before a noun phrase, and before a clause (grievance-markers.tsv). */
    final Set<String> grievanceBeforeNoun = column("grievance-markers", "noun");
    final Set<String> grievanceBeforeClause = column("grievance-markers", "clause");
    /** The marker of a clause of purpose, whose deaths are a protest's grievance (grievance-markers.tsv). */
    final Set<String> grievancePurpose = Set.copyOf(Tsv.read("/lexicon/grievance-markers.tsv", 2).stream()
            .filter(r -> r.get(1).equals("purpose")).map(r -> r.get(0)).toList());
    /** Place kind words ("village", "district"), the first column of the one list resolve/place reads too. */
    final Set<String> placeKinds = firstColumn("place-kinds", 2);
    final Set<String> openGround = words("open-ground");
    /** Direction words ("north", "eastern"), the first column of the list resolve/place reads too. */
    final Set<String> directions = firstColumn("directions", -1);
    /** Fire nouns that blame whoever fired, alone or with a capitalised modifier (fire-nouns.tsv). */
    final Set<String> fireNounsAlone = column("fire-nouns", "alone");
    final Set<String> fireNounsNamed = column("fire-nouns", "named");
    final Set<String> noncombatantModifiers;
    final Set<String> noncombatantAnywhere;

    private static final Lexicon INSTANCE = new Lexicon();

    static Lexicon get() {
        return INSTANCE;
    }

    private Lexicon() {
        for (String[] r : Tsv.read("/lexicon/triggers.tsv")) {
            triggers.add(r[0], Frame.valueOf(r[1].trim()));
        }
        for (String[] r : Tsv.read("/lexicon/lone-triggers.tsv")) {
            loneTriggers.add(r[0], Frame.valueOf(r[1].trim()));
        }
        for (String[] r : Tsv.read("/lexicon/gathering-verbs.tsv")) {
            gatheringVerbs.add(r[0], Boolean.TRUE);
        }
        for (String[] r : Tsv.read("/lexicon/protest-purposes.tsv")) {
            protestPurposes.add(r[0], Boolean.TRUE);
        }
        frames = FrameTable.load("/lexicon/frames.tsv");
        for (String[] r : Tsv.read("/lexicon/cues.tsv")) {
            cues.add(r[0], Cue.fromCode(r[1]));
        }
        for (String[] r : Tsv.read("/lexicon/fight-means.tsv")) {
            fightMeans.add(r[0], FightMeans.Means.fromCode(r[1]));
        }
        for (Tsv.Row r : Tsv.read("/lexicon/answering-fire.tsv", 3)) {
            answeringFire.add(r.get(0), ExchangeOfFire.Answer.of(r.get(1), r.get(2)));
        }
        for (String[] r : Tsv.read("/lexicon/qualifiers.tsv")) {
            qualifiers.add(r[0], Qualifier.fromCode(r[1]));
        }
        for (String[] r : Tsv.read("/lexicon/vague-counts.tsv")) {
            vague.add(r[0], Integer.parseInt(r[1].trim()));
        }
        Map<String, PeopleGroup> people = new HashMap<>();
        for (String[] r : Tsv.read("/lexicon/people-nouns.tsv")) {
            people.put(r[0], PeopleGroup.fromCode(r[1]));
        }
        peopleNouns = Map.copyOf(people);
        Map<String, CountRole> roles = new HashMap<>();
        for (String[] r : Tsv.read("/lexicon/casualty-verbs.tsv")) {
            roles.put(r[0], CountRole.fromCode(r[1]));
        }
        casualtyRoles = Map.copyOf(roles);
        Map<String, SpeechKind> said = new HashMap<>();
        for (String[] r : Tsv.read("/lexicon/speech.tsv")) {
            if (r[0].contains(" ")) {
                speechPhrases.add(r[0], SpeechKind.fromCode(r[1]));
            } else {
                said.put(r[0], SpeechKind.fromCode(r[1]));
            }
        }
        speech = Map.copyOf(said);
        Map<String, String> alleging = new HashMap<>();
        for (Tsv.Row r : Tsv.read("/lexicon/allegation-modifiers.tsv", 2)) {
            alleging.put(r.get(0), r.get(1));
        }
        allegationModifiers = Map.copyOf(alleging);
        Map<String, String> recovery = new HashMap<>();
        for (Tsv.Row r : Tsv.read("/lexicon/recovery-verbs.tsv", 2)) {
            recovery.put(r.get(0), r.get(1));
        }
        recoveryVerbs = Map.copyOf(recovery);
        Map<String, String> misspelt = new HashMap<>();
        for (Tsv.Row r : Tsv.read("/lexicon/misspellings.tsv", 2)) {
            misspelt.put(r.get(0).toLowerCase(java.util.Locale.ROOT), r.get(1).toLowerCase(java.util.Locale.ROOT));
        }
        misspellings = Map.copyOf(misspelt);
        Map<String, PeopleGroup> persons = new HashMap<>();
        for (Tsv.Row r : Tsv.read("/lexicon/person-roles.tsv", 2)) {
            persons.put(r.get(0), PeopleGroup.fromCode(r.get(1)));
        }
        personRoles = Map.copyOf(persons);
        Set<String> nouns = new HashSet<>();
        for (Tsv.Row r : Tsv.read("/lexicon/toll-statements.tsv", 2)) {
            switch (r.get(0)) {
                case "noun" -> nouns.add(r.get(1));
                case "link" -> tollLinks.add(r.get(1), Qualifier.EXACT);
                case "range" -> tollLinks.add(r.get(1), Qualifier.AT_LEAST);
                case "share" -> tollShares.add(r.get(1), Boolean.TRUE);
                case "addition" -> tollAdditions.add(r.get(1), Boolean.TRUE);
                default -> throw new IllegalStateException("lexicon/toll-statements.tsv line " + r.line()
                        + ": unknown kind " + r.get(0));
            }
        }
        tollNouns = Set.copyOf(nouns);
        Set<String> noncombatant = new HashSet<>();
        Set<String> anywhere = new HashSet<>();
        for (Tsv.Row r : Tsv.read("/lexicon/noncombatant-modifiers.tsv", 2)) {
            noncombatant.add(r.get(0));
            switch (r.get(1)) {
                case "sentence" -> anywhere.add(r.get(0));
                case "phrase" -> { }
                default -> throw new IllegalStateException("lexicon/noncombatant-modifiers.tsv line " + r.line()
                        + ": unknown scope " + r.get(1));
            }
        }
        noncombatantModifiers = Set.copyOf(noncombatant);
        noncombatantAnywhere = Set.copyOf(anywhere);
    }

    /** A one-column word list: lexicon/NAME.tsv. */
    /** First-column words of a two-column lexicon whose second column is {@code scope} or "both". */
    private static Set<String> column(String name, String scope) {
        Set<String> out = new HashSet<>();
        for (Tsv.Row r : Tsv.read("/lexicon/" + name + ".tsv", 2)) {
            if (r.get(1).equals(scope) || r.get(1).equals("both")) {
                out.add(r.get(0).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    private static Set<String> firstColumn(String name, int columns) {
        return Tsv.firstColumn("/lexicon/" + name + ".tsv", columns);
    }

    private static Set<String> words(String name) {
        return Tsv.words("/lexicon/" + name + ".tsv");
    }

    /** The word a lower-case lemma means: itself, or the word a misspelling of it stands for ("killle": kill). */
    String meant(String lemma) {
        return misspellings.getOrDefault(lemma, lemma);
    }
}
