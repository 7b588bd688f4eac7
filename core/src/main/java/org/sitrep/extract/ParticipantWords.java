package org.sitrep.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.ActorRef;

/**
 * What a participant's own words say of it, apart from any name the resolve stage finds: combatants
 * ("gunmen", "armed men", "soldiers"), an unorganised crowd ("two groups of villagers", "locals", "five
 * persons": `lexicon/crowd-nouns.tsv`), or unarmed people ("a farmer", "protesters", "an off-duty policeman"). ACLED's codebook decides
 * between a battle, violence against civilians and mob violence by these kinds.
 */
final class ParticipantWords {
    /** The kind of participant a phrase names. */
    enum Kind { ARMED, CROWD, UNARMED, UNKNOWN }

    private final Lexicon lex = Lexicon.get();

    Kind of(ActorRef ref) {
        if (ref == null || ref.text() == null) {
            return Kind.UNKNOWN;
        }
        List<String> words = words(ref.text());
        String head = ref.head() == null ? "" : ref.head().toLowerCase(Locale.ROOT);
        // "a group of residents", "two groups of villagers": the people after "of" say who they are
        int of = words.indexOf("of");
        boolean collective = lex.collectiveNouns.contains(singular(head)) && of >= 0 && of + 1 < words.size();
        if (collective) {
            head = words.get(words.size() - 1);
        }
        boolean armedWord = words.stream().anyMatch(lex.armedAdjectives::contains);
        // "two groups clashed over land": groups named by nothing but their number are people, not an armed force
        boolean bareGroups = !collective && "groups".equals(head) && !armedWord;
        // "community members", "village youths": people named by the crowd they come from
        String named = head;
        boolean crowdMembers = lex.membershipNouns.contains(singular(head))
                && words.stream().anyMatch(w -> !w.equals(named) && lex.crowdNouns.contains(w));
        boolean crowdHead = bareGroups || crowdMembers || lex.crowdNouns.contains(head) || lex.crowdNouns.contains(singular(head));
        if (!collective && !crowdHead && (namesOrganisation(ref.text()) || lex.membershipNouns.contains(singular(head)))) {
            // "members of the NDC", "gang members": people of an organisation, which the resolve stage types
            return Kind.UNKNOWN;
        }
        if (words.stream().anyMatch(lex.noncombatantModifiers::contains)) {
            return Kind.UNARMED;
        }
        PeopleGroup g = group(head);
        if (g == PeopleGroup.COMBATANT || armedWord && (g != null || crowdHead)) {
            return Kind.ARMED;
        }
        if (crowdHead) {
            return Kind.CROWD;
        }
        if (g != null && (g.victim() || g == PeopleGroup.PROTESTER) || lex.protesterNouns.contains(singular(head))
                || lex.personRoles.get(singular(head)) == PeopleGroup.CIVILIAN) {
            return Kind.UNARMED;
        }
        return Kind.UNKNOWN;
    }

    /**
     * Whether a participant's words name a political party (party-nouns.tsv): a party noun after the party's name, a
     * capitalised word past the phrase's first ("young members of the Harmony party"), or after a party modifier
     * ("supporters of the ruling party"); not "an unnamed party".
     */
    boolean namesParty(ActorRef ref) {
        if (ref == null || ref.text() == null) {
            return false;
        }
        String[] tokens = ref.text().split("\\s+");
        for (int i = 1; i < tokens.length; i++) {
            if (!lex.partyNouns.contains(tokens[i].toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                boolean name = j > 0 && Character.isUpperCase(tokens[j].charAt(0));
                if (name || lex.partyModifiers.contains(tokens[j].toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the words of a sentence make its harmed soldiers or police non-combatants ("(assumed off-duty)"). */
    boolean noncombatantIn(String sentence) {
        return words(sentence).stream().anyMatch(lex.noncombatantAnywhere::contains);
    }

    /**
     * Lower-case words, a hyphen joining its neighbours however the tokenizer spaced it ("off - duty"), without the
     * punctuation that ends a clause or quotes a word ("who was off-duty.", "'retired'").
     */
    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).replaceAll("\\s*-\\s*", "-")
                        .replaceAll("\\boff duty\\b", "off-duty").split("[\\s,()\\[\\]]+"))
                .map(w -> w.replaceAll("^[\"'‘“]+|[.;:!?\"'’”]+$", ""))
                .filter(w -> !w.isEmpty()).toList();
    }

    /** "members of the NDC", "fighters of Al Shabaab": an of-phrase with a capitalised name. */
    private static boolean namesOrganisation(String text) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(" of ");
        return at >= 0 && text.substring(at + 4).chars().anyMatch(Character::isUpperCase);
    }

    private PeopleGroup group(String head) {
        PeopleGroup g = lex.peopleNouns.get(head);
        return g != null ? g : lex.peopleNouns.get(singular(head));
    }

    private static String singular(String w) {
        if (w.endsWith("men")) {
            return w.substring(0, w.length() - 3) + "man";
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        return w.endsWith("s") && !w.endsWith("ss") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }
}
