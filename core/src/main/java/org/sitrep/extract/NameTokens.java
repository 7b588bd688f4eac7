package org.sitrep.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.Token;
import org.sitrep.resolve.place.PlaceSpans;
import org.sitrep.resolve.place.PlaceWords;

/**
 * Whether a token belongs to a place name, as the tagger's slips require: proper nouns, capitalised words it took for
 * common nouns, adjectives or verbs where names stand, name particles ("al", "del") and hyphen-joined words between
 * parts of a name. Stateless; {@link PlaceSpotter} assembles the spans.
 */
final class NameTokens {
    private NameTokens() {
    }

    /** "J&K", "AJ&K": a region written as initials joined by an ampersand, which the tagger reads as a common noun. */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{1,3}&\\p{Lu}{1,3}");

    /** How many connector tokens ("al", "-") start at i and are followed by a proper noun; 0 if none. */
    static int connectorRun(List<Token> t, int i) {
        int k = i;
        while (k < t.size() && k - i < 3 && (PlaceWords.isParticle(t.get(k).word()) || hyphenJoined(t, k))) {
            k++;
        }
        return k > i && k < t.size() && (properNoun(t.get(k)) || nameAfterParticle(t.get(k))) ? k - i : 0;
    }

    /**
     * A short lower-case word written between two hyphens without spaces ("Stratford-upon-Avon", "Villers-sur-Mer"): part of
     * one compound name, whatever the word.
     */
    static boolean hyphenJoined(List<Token> t, int k) {
        if (k < 1 || k + 1 >= t.size()) {
            return false;
        }
        Token w = t.get(k);
        Token before = t.get(k - 1);
        Token after = t.get(k + 1);
        return before.word().equals("-") && after.word().equals("-") && before.end() == w.begin() && w.end() == after.begin()
                && w.word().length() <= 4 && w.word().chars().allMatch(Character::isLowerCase);
    }

    /**
     * A capitalised word after a particle that the tagger took for a common word ("Sul" of "Mato Grosso do Sul"): the
     * rest of the name, so that the longer region is not read as the shorter one it begins with.
     */
    static boolean nameAfterParticle(Token w) {
        String pos = w.pos();
        return (pos.equals("NN") || pos.equals("NNS") || pos.equals("JJ") || pos.equals("FW"))
                && Character.isUpperCase(w.word().charAt(0)) && !PlaceWords.isKindWord(w.word()) && !isTimeWord(w)
                && !PlaceSpans.notAName(w.word());
    }

    /**
     * A capitalised word inside a sentence that the tagger took for a common noun or adjective ("in Mobile, Alabama",
     * the second word of a two-word town): a name when it stands where names stand, right after a locative preposition
     * or after a name of its run, and before a comma, a bracket, the sentence's end or another name.
     */
    static boolean mistaggedName(List<Token> t, int i, boolean afterName) {
        Token w = t.get(i);
        String pos = w.pos();
        if (i == 0 || !(pos.equals("NN") || pos.equals("NNS") || pos.equals("JJ") || pos.equals("FW")) || !capitalisedWord(w)) {
            return false;
        }
        if (!afterName && !PlaceWords.isLocative(t.get(i - 1).word())) {
            return false;
        }
        if (i + 1 == t.size()) {
            return true;
        }
        String next = t.get(i + 1).word();
        return next.equals(",") || next.equals("(") || next.equals("-LRB-") || next.equals(".") || properNoun(t.get(i + 1));
    }

    /**
     * The first word of a name of several words that the tagger took for a common noun or a verb ("into Ras al Ain",
     * "the countryside of Tell Abiad", "of Ar-Raqqa"): capitalised inside a sentence, after a lower-case word, and
     * followed by the rest of the name (a proper noun, or a name particle and a name). Adjectives stay out: "Turkish
     * Forces" names an actor, not a place.
     */
    static boolean mistaggedFirstWord(List<Token> t, int i) {
        Token w = t.get(i);
        String pos = w.pos();
        if (i == 0 || i + 1 >= t.size() || !(pos.equals("NN") || pos.equals("NNS") || pos.startsWith("VB") || pos.equals("FW"))
                || !capitalisedWord(w)) {
            return false;
        }
        String before = t.get(i - 1).word();
        if (before.isEmpty() || !Character.isLowerCase(before.charAt(0))) {
            return false; // a capital after a capital or a stop is no sign of a name
        }
        Token next = t.get(i + 1);
        boolean adjacent = next.begin() <= w.end() + 1;
        return adjacent && (properNoun(next) && !PlaceWords.isKindWord(next.word()) || connectorRun(t, i + 1) > 0);
    }

    /**
     * A capitalised word that may belong to a name although the tagger did not call it one: not in capitals throughout
     * (an acronym), not a kind or direction word, not a time, and not a word that never names a place.
     */
    static boolean capitalisedWord(Token w) {
        return Character.isUpperCase(w.word().charAt(0)) && !w.word().equals(w.word().toUpperCase(java.util.Locale.ROOT))
                && !PlaceWords.isKindWord(w.word()) && !PlaceWords.isDirection(w.word()) && !isTimeWord(w)
                && !PlaceSpans.notAName(w.word());
    }

    /**
     * A word the date reader took for a time. A month's short form before a name particle and a proper noun starts a
     * name instead ("Mar del Plata"); the loop above keeps it then.
     */
    static boolean isTimeWord(Token t) {
        return t.ner() != null && (t.ner().equals("DATE") || t.ner().equals("TIME") || t.ner().equals("DURATION"));
    }

    /**
     * A name written with a lower-case noun-class or locative prefix before its capital, as Nguni and other Bantu
     * names are ("eMalahleni", "uMhlathuze", "uMsunduzi"): one lower-case letter, then a capitalised word.
     */
    private static final Pattern NOUN_CLASS_PREFIX = Pattern.compile("\\p{Ll}\\p{Lu}\\p{Ll}{2,}");

    static boolean properNoun(Token t) {
        return (t.pos().startsWith("NNP") || "LOCATION".equals(t.ner()) || INITIALS.matcher(t.word()).matches())
                && (Character.isUpperCase(t.word().charAt(0)) || NOUN_CLASS_PREFIX.matcher(t.word()).matches());
    }
}
