package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * What a participant's own words say of it, apart from any name the resolve stage finds: combatants
 * ("gunmen", "armed men", "soldiers"), an unorganised crowd ("two groups of villagers", "locals", "five
 * persons": `lexicon/crowd-nouns.tsv`), or unarmed people ("a farmer", "protesters", "an off-duty policeman"). ACLED's
 * codebook decides between a battle, violence against civilians and mob violence by these kinds. Reads the tokens of
 * the participant's phrase in its sentence ({@link #phrase}), as the one tokenizer split them.
 */
final class ParticipantWords {
    /** The kind of participant a phrase names. */
    enum Kind { ARMED, CROWD, UNARMED, UNKNOWN }

    /** One word of a phrase as written (case kept), hyphen-joined parts made one ("off-duty"), its first token's tag. */
    private record Word(String text, String lower, String pos) {
        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        boolean anyCapital() {
            return text.chars().anyMatch(Character::isUpperCase);
        }
    }

    private final Lexicon lex = Lexicon.get();

    /**
     * The tokens a participant's words span in the first of the sentences that holds them (the draft's own sentence
     * first, then those that go on telling its event); empty when none does. The words are the text of whole tokens.
     */
    static List<Token> phrase(ActorRef ref, List<Sentence> sentences) {
        if (ref == null || ref.text() == null || ref.text().isEmpty()) {
            return List.of();
        }
        for (Sentence s : sentences) {
            for (int at = s.text().indexOf(ref.text()); at >= 0; at = s.text().indexOf(ref.text(), at + 1)) {
                List<Token> span = tokensBetween(s, s.begin() + at, s.begin() + at + ref.text().length());
                if (!span.isEmpty()) {
                    return span;
                }
            }
        }
        return List.of();
    }

    /** The tokens from the one that begins at {@code begin} to the one that ends at {@code end}; empty if none do. */
    private static List<Token> tokensBetween(Sentence s, int begin, int end) {
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).begin() != begin) {
                continue;
            }
            for (int j = i; j < toks.size() && toks.get(j).begin() < end; j++) {
                if (toks.get(j).end() == end) {
                    return toks.subList(i, j + 1);
                }
            }
        }
        return List.of();
    }

    /** The kind of participant the phrase's tokens name, {@code head} its head word. */
    Kind of(List<Token> phrase, String head) {
        if (phrase.isEmpty()) {
            return Kind.UNKNOWN;
        }
        List<Word> all = words(phrase);
        List<String> words = all.stream().map(Word::lower).toList();
        head = head == null ? "" : head.toLowerCase(Locale.ROOT);
        // "a group of residents", "two groups of villagers from the hills": the people after "of" say who they are,
        // named by the last word before what follows them (a preposition, a verb or a relative pronoun)
        int of = words.indexOf("of");
        boolean collective = lex.collectiveNouns.contains(singular(head)) && of >= 0 && of + 1 < words.size();
        if (collective) {
            head = words.get(ofEnd(all, of) - 1);
        }
        boolean armedWord = words.stream().anyMatch(lex.armedAdjectives::contains);
        // "two groups clashed over land": groups named by nothing but their number are people, not an armed force;
        // "pro-government groups", "criminal groups" are named by more, which the resolve stage types
        boolean bareGroups = !collective && "groups".equals(head) && !armedWord && counted(all, words.indexOf(head));
        // "community members", "village youths": people named by the crowd they come from; not a crowd word inside an
        // organisation's name ("members of the National Front", tagged a proper noun)
        String named = head;
        boolean crowdMembers = lex.membershipNouns.contains(singular(head))
                && all.stream().anyMatch(w -> !w.lower().equals(named) && !w.pos().startsWith("NNP") && lex.crowdNouns.contains(w.lower()));
        boolean crowdHead = bareGroups || crowdMembers || lex.crowdNouns.contains(head) || lex.crowdNouns.contains(singular(head));
        if (!collective && !crowdHead && (namesOrganisation(all) || lex.membershipNouns.contains(singular(head)))) {
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
     * Whether a participant's tokens name a political party (party-nouns.tsv): a party noun after the party's name, a
     * capitalised word past the phrase's first ("young members of the Harmony party"), or after a party modifier
     * ("supporters of the ruling party"); not "an unnamed party".
     */
    boolean namesParty(List<Token> phrase) {
        List<Word> words = words(phrase);
        for (int i = 1; i < words.size(); i++) {
            if (!lex.partyNouns.contains(words.get(i).lower())) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (j > 0 && words.get(j).capitalised() || lex.partyModifiers.contains(words.get(j).lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The lower-case letter-and-digit runs of a phrase's tokens ("boko", "haram", "is" of "Boko Haram/IS"), to compare
     * two phrases word by word however the tokenizer joined their slashes or hyphens.
     */
    static List<String> wordsOf(List<Token> phrase) {
        List<String> out = new ArrayList<>();
        for (Token t : phrase) {
            StringBuilder b = new StringBuilder();
            String w = t.word().toLowerCase(Locale.ROOT);
            for (int i = 0; i <= w.length(); i++) {
                if (i < w.length() && Character.isLetterOrDigit(w.charAt(i))) {
                    b.append(w.charAt(i));
                } else if (!b.isEmpty()) {
                    out.add(b.toString());
                    b.setLength(0);
                }
            }
        }
        return out;
    }

    /** Whether the words of a sentence make its harmed soldiers or police non-combatants ("(assumed off-duty)"). */
    boolean noncombatantIn(Sentence sentence) {
        return words(sentence.tokens()).stream().map(Word::lower).anyMatch(lex.noncombatantAnywhere::contains);
    }

    /**
     * The words of a run of tokens: a hyphen token joins its neighbours however the tokenizer spaced it ("off - duty"),
     * as does a possessive written onto its word ("the village's"); two words whose hyphened compound is a
     * non-combatant word are that word ("off duty"); punctuation (commas, brackets, quote marks, stops) is no word.
     */
    private List<Word> words(List<Token> tokens) {
        List<StringBuilder> out = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        StringBuilder current = null;
        boolean joinNext = false;
        Token last = null;
        for (Token t : tokens) {
            String w = t.word();
            boolean hyphen = "-".equals(w);
            boolean word = w.chars().anyMatch(Character::isLetterOrDigit);
            boolean clitic = word && (w.startsWith("'") || w.startsWith("’")) && last != null && last.end() == t.begin();
            if (current != null && (hyphen || word && (joinNext || clitic))) {
                current.append(w);
            } else if (hyphen || word) {
                current = new StringBuilder(w);
                out.add(current);
                tags.add(t.pos() == null ? "" : t.pos());
            } else {
                current = null;
            }
            joinNext = hyphen;
            last = t;
        }
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            String text = out.get(i).toString();
            String lower = text.toLowerCase(Locale.ROOT);
            Word prev = words.isEmpty() ? null : words.get(words.size() - 1);
            if (prev != null && lex.noncombatantModifiers.contains(prev.lower() + "-" + lower)) {
                words.set(words.size() - 1, new Word(prev.text() + "-" + text, prev.lower() + "-" + lower, prev.pos()));
            } else {
                words.add(new Word(text, lower, tags.get(i)));
            }
        }
        return words;
    }

    /**
     * Whether every word before the head is a number, a determiner or a common noun that names no combatants ("two
     * groups", "both groups in the town", "two village groups"; not "criminal groups", "pro-government groups",
     * "rebel groups").
     */
    private boolean counted(List<Word> words, int head) {
        return head >= 0 && words.subList(0, head).stream().allMatch(w -> w.pos().equals("CD") || w.pos().equals("DT")
                || w.pos().equals("PDT") || w.pos().startsWith("NN") && !w.pos().startsWith("NNP")
                && group(w.lower()) != PeopleGroup.COMBATANT);
    }

    /**
     * The end (exclusive) of the words an "of" at {@code of} governs: up to the next preposition, finite verb, gerund
     * or relative pronoun ("of migrant labourers | from the hills", "of youths | who fled"), else the phrase's end.
     */
    private static int ofEnd(List<Word> words, int of) {
        for (int i = of + 2; i < words.size(); i++) {
            String pos = words.get(i).pos();
            // a past participle may be the people's own modifier ("of heavily armed men"), not what follows them
            if (pos.equals("IN") || pos.equals("TO") || pos.startsWith("VB") && !pos.equals("VBN") || pos.startsWith("W")) {
                return i;
            }
        }
        return words.size();
    }

    /** "members of the NDC", "fighters of Al Shabaab": an of-phrase with a capitalised name. */
    private static boolean namesOrganisation(List<Word> words) {
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).lower().equals("of")) {
                return words.subList(i + 1, words.size()).stream().anyMatch(Word::anyCapital);
            }
        }
        return false;
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
