package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.common.Tsv;
import org.sitrep.model.Actor;

/**
 * The author of an attack a side fended off: "troops repelled an attack by militants", "repelled an IS attack" - the
 * attackers started the fight, so they are actor1 though the defenders are the sentence's subject. Read on the
 * sentence's words ({@link Token}), each apart from the next by white space only. Stateless and thread-safe.
 */
final class RepelledAttack {
    static final String DEFENCE_WORDS = "/actors/defence-words.tsv";
    static final String ATTACK_NOUNS = "/actors/attack-nouns.tsv";
    static final String AUTHOR_PREPOSITIONS = "/actors/author-prepositions.tsv";

    private final Set<String> defenceWords;
    private final Set<String> attackNouns;
    /** "a", "the", "its": a determiner may open the attack's noun phrase (TargetCues.DETERMINERS). */
    private final Set<String> determiners;
    /** "by", "launched by": each phrase's words. */
    private final List<String[]> authorPrepositions;

    RepelledAttack() {
        this.defenceWords = Tsv.words(DEFENCE_WORDS);
        this.attackNouns = Tsv.words(ATTACK_NOUNS);
        this.determiners = Tsv.words(TargetCues.DETERMINERS);
        List<String[]> phrases = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(AUTHOR_PREPOSITIONS, 1)) {
            phrases.add(r.get(0).toLowerCase(Locale.ROOT).split(" "));
        }
        this.authorPrepositions = List.copyOf(phrases);
    }

    /** The actor after "repelled an attack by", or between "repelled an" and "attack", or null. */
    Actor attacker(String sentence, List<ActorMatch> found) {
        if (found.isEmpty()) {
            return null;
        }
        List<Token> toks = Token.tokenize(sentence);
        for (ActorMatch m : found) {
            int last = lastBefore(toks, m.start());
            if (last < 0 || !Gaps.spaces(sentence, toks.get(last).end(), m.start())) {
                continue;
            }
            if (attackBy(sentence, toks, last)) {
                return m.actor();
            }
            int next = firstFrom(toks, m.end());
            if (defended(sentence, toks, last) && next >= 0 && attackAfter(sentence, m.end(), toks.get(next))) {
                return m.actor();
            }
        }
        return null;
    }

    /** "repelled a (fierce) attack by": the words ending with token {@code last}. */
    private boolean attackBy(String text, List<Token> toks, int last) {
        for (String[] p : authorPrepositions) {
            int noun = last - p.length;
            if (noun < 0 || !words(text, toks, noun + 1, p)) {
                continue;
            }
            if (!attackNouns.contains(word(toks.get(noun))) || !Gaps.spaces(text, toks.get(noun).end(), toks.get(noun + 1).start())) {
                continue;
            }
            // the defence word right before the noun, or before a determiner, or before a determiner and one word
            // ("repelled a fierce attack by", "a large-scale attack")
            if (defenceAt(text, toks, noun - 1, noun) || determined(text, toks, noun - 1, noun)) {
                return true;
            }
            int w = noun - 1;
            if (w >= 0 && letters(toks.get(w)) && Gaps.spaces(text, toks.get(w).end(), toks.get(noun).start())) {
                int first = w >= 1 && hyphenated(text, toks.get(w - 1), toks.get(w)) ? w - 1 : w;
                if (determined(text, toks, first - 1, first)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether token {@code at} is a determiner right after a defence word, each apart from the next by spaces. */
    private boolean determined(String text, List<Token> toks, int at, int next) {
        return at >= 0 && determiners.contains(word(toks.get(at)))
                && Gaps.spaces(text, toks.get(at).end(), toks.get(next).start()) && defenceAt(text, toks, at - 1, at);
    }

    /** "repelled an": a defence word and a determiner ending with token {@code last}. */
    private boolean defended(String text, List<Token> toks, int last) {
        return determiners.contains(word(toks.get(last))) && defenceAt(text, toks, last - 1, last);
    }

    private boolean defenceAt(String text, List<Token> toks, int at, int next) {
        return at >= 0 && defenceWords.contains(word(toks.get(at))) && letters(toks.get(at))
                && Gaps.spaces(text, toks.get(at).end(), toks.get(next).start());
    }

    /** " attack", "'s assault", "' attack": an attack noun right after the author, past a possessive ending. */
    private boolean attackAfter(String text, int end, Token noun) {
        int k = end;
        if (k < text.length() && text.charAt(k) == '\'') {
            k++;
            if (k < text.length() && (text.charAt(k) == 's' || text.charAt(k) == 'S')) {
                k++;
            }
        }
        return Gaps.spaces(text, k, noun.start()) && attackNouns.contains(word(noun));
    }

    /** Whether tokens from {@code from} are the phrase's words, apart by white space only. */
    private static boolean words(String text, List<Token> toks, int from, String[] phrase) {
        for (int i = 0; i < phrase.length; i++) {
            if (from + i >= toks.size() || !word(toks.get(from + i)).equals(phrase[i])
                    || i > 0 && !Gaps.spaces(text, toks.get(from + i - 1).end(), toks.get(from + i).start())) {
                return false;
            }
        }
        return true;
    }

    private static boolean hyphenated(String text, Token a, Token b) {
        return letters(a) && b.start() == a.end() + 1 && text.charAt(a.end()) == '-';
    }

    private static String word(Token t) {
        return t.raw().toLowerCase(Locale.ROOT);
    }

    private static boolean letters(Token t) {
        return t.raw().chars().allMatch(Character::isLetter);
    }

    /** The last token ending at or before {@code at}, or -1. */
    private static int lastBefore(List<Token> toks, int at) {
        int k = -1;
        for (int i = 0; i < toks.size() && toks.get(i).end() <= at; i++) {
            k = i;
        }
        return k;
    }

    /** The first token starting at or after {@code at}, or -1. */
    private static int firstFrom(List<Token> toks, int at) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() >= at) {
                return i;
            }
        }
        return -1;
    }
}
