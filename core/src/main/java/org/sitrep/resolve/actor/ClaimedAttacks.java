package org.sitrep.resolve.actor;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.common.Tsv;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;

/**
 * The named group that claimed an attack or to which the report attributes it ({@code claim-words.tsv}): "An IED hit a
 * convoy. The Front claimed responsibility.", "The mine was planted by Front fighters.", "a Front-planted
 * mine". ACLED codes the claimant as actor1 when the report names no other. Stateless and thread-safe.
 */
final class ClaimedAttacks {
    static final String CLAIM_WORDS = "/actors/claim-words.tsv";

    /** How far before the group its claim words may start, and after it end (characters). */
    private static final int BEFORE = 40;
    private static final int AFTER = 80;

    private final ActorDictionary dictionary;
    /** Words right before the group ("planted by "), "the" maybe between. */
    private final PhraseTrie<String> before = new PhraseTrie<>();
    /** Words after the group, at most two words between ("militants later claimed responsibility"). */
    private final PhraseTrie<String> after = new PhraseTrie<>();
    /** Participles a name is joined to by a hyphen ("Front-planted"). */
    private final Set<String> joined;

    ClaimedAttacks(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        Set<String> j = new HashSet<>();
        for (Tsv.Row r : Tsv.read(CLAIM_WORDS, 2)) {
            String words = r.get(0).toLowerCase(Locale.ROOT);
            switch (r.get(1)) {
                case "before" -> before.add(words, words);
                case "after" -> after.add(words, words);
                case "joined" -> j.add(words);
                default -> throw new IllegalStateException(CLAIM_WORDS + ":" + r.line() + ": unknown place '" + r.get(1) + "'");
            }
        }
        this.joined = Set.copyOf(j);
    }

    /** The named non-state armed group the text says claimed or carried out the attack, or null. */
    Actor claimant(String text, String hint) {
        List<Token> toks = Token.tokenize(text);
        for (ActorMatch m : dictionary.find(text, hint)) {
            if (claimable(m) && (claimedBefore(text, toks, m.start()) || claimedAfter(text, toks, m.end()))) {
                return m.actor();
            }
        }
        for (int k = 1; k < toks.size(); k++) {
            String name = joinedName(text, toks, k);
            if (name == null) {
                continue;
            }
            for (ActorMatch m : dictionary.find(name, hint)) {
                if (m.end() == name.length() && claimable(m)) {
                    return m.actor();
                }
            }
        }
        return null;
    }

    /** Claim words ending, with white space and maybe "the", right before {@code start} ("planted by the "). */
    private boolean claimedBefore(String text, List<Token> toks, int start) {
        int from = Math.max(0, start - BEFORE);
        int end = Gaps.spaceBefore(text, start);
        if (end == start) {
            return false;
        }
        int k = lastBefore(toks, end);
        if (k >= 0 && toks.get(k).end() == end && toks.get(k).raw().equalsIgnoreCase("the")) {
            int beforeThe = Gaps.spaceBefore(text, toks.get(k).start());
            if (beforeThe < toks.get(k).start() && wordsEndAt(text, toks, beforeThe, from)) {
                return true;
            }
        }
        return wordsEndAt(text, toks, end, from);
    }

    /** Whether before-words of {@code claim-words.tsv} end at {@code end}, starting at or after {@code from}. */
    private boolean wordsEndAt(String text, List<Token> toks, int end, int from) {
        for (int k = lastBefore(toks, end); k >= 0 && toks.get(k).start() >= from; k--) {
            int start = toks.get(k).start();
            if (start > from && Character.isLetter(text.charAt(start - 1))) {
                continue;
            }
            for (PhraseTrie.Hit<String> h : before.matchesAt(text, toks, k)) {
                if (h.charEnd() == end && h.values().stream().anyMatch(w -> PhraseTrie.asWritten(text, start, end, w, true))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Claim words after {@code end}, past white space and at most two words ("militants later claimed responsibility"). */
    private boolean claimedAfter(String text, List<Token> toks, int end) {
        int to = Math.min(text.length(), end + AFTER);
        int j = lastBefore(toks, end) + 1;
        if (j >= toks.size() || !Gaps.spaces(text, end, toks.get(j).start())) {
            return false;
        }
        for (int k = j; k <= j + 2 && k < toks.size(); k++) {
            if (k > j) {
                Token word = toks.get(k - 1);
                if (!word.raw().chars().allMatch(Character::isLetter) || !Gaps.spaces(text, word.end(), toks.get(k).start())) {
                    return false;
                }
            }
            for (PhraseTrie.Hit<String> h : after.matchesAt(text, toks, k)) {
                int e = h.charEnd();
                if (e <= to && (e == to || !Character.isLetter(text.charAt(e)))
                        && h.values().stream().anyMatch(w -> PhraseTrie.asWritten(text, h.charStart(), e, w, true))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The index of the last token that starts before {@code at}, or -1. */
    private static int lastBefore(List<Token> toks, int at) {
        int k = -1;
        for (int i = 0; i < toks.size() && toks.get(i).start() < at; i++) {
            k = i;
        }
        return k;
    }

    /**
     * The name a hyphen joins to the participle at token {@code k} ("Front" in "Front-planted"): the word before the
     * hyphen, letters (and dots), with the word before it when the name is capitalised and one space parts them ("a
     * Front-planted" reads "a Front", which the dictionary reads back to the Front); null when {@code k} is no such
     * participle.
     */
    private String joinedName(String text, List<Token> toks, int k) {
        Token p = toks.get(k);
        Token w = toks.get(k - 1);
        int hyphen = p.start() - 1;
        if (!joined.contains(p.raw().toLowerCase(Locale.ROOT)) || hyphen < 0 || !Gaps.isHyphen(text.charAt(hyphen))
                || w.end() != hyphen) {
            return null;
        }
        Token first = k >= 2 ? toks.get(k - 2) : null;
        boolean two = first != null && first.end() == w.start() - 1 && Gaps.isSpace(text.charAt(first.end()))
                && Character.getType(w.raw().charAt(0)) == Character.UPPERCASE_LETTER
                && w.raw().chars().allMatch(Character::isLetter) && nameWord(text, first);
        if (two) {
            return text.substring(first.start(), hyphen);
        }
        return nameWord(text, w) ? text.substring(w.start(), hyphen) : null;
    }

    /** A word of letters and dots that starts with a letter, no letter or hyphen joining it to the word before. */
    private static boolean nameWord(String text, Token t) {
        String raw = t.raw();
        return Character.isLetter(raw.charAt(0)) && raw.chars().allMatch(c -> Character.isLetter(c) || c == '.')
                && (t.start() == 0 || !Gaps.joinsWord(text.charAt(t.start() - 1)));
    }

    /** A named armed group that is not a state's: a state force's word ("the army claimed") is no claim of an attack. */
    private static boolean claimable(ActorMatch m) {
        ActorType t = m.actor().type();
        return !m.generic() && t != null && t.armed() && t != ActorType.STATE_FORCES && t != ActorType.FOREIGN_STATE
                && t != ActorType.EXTERNAL_FORCES;
    }

    /** Whether {@code a} is no side at all or an armed group the report does not name. */
    static boolean unnamed(Actor a) {
        return a == null || a.name().startsWith(ActorDictionary.UNIDENTIFIED);
    }
}
