package org.sitrep.resolve.actor;

import java.util.List;

/**
 * Reads a country's state actor from a country word and a chain of force words: "Syrian troops", "Somali security
 * forces", "the Syrian government", "Syria's army", "Syria’ army", "the country's army" (country from the hint).
 *
 * <p>A country word is an adjective from countries.tsv (or a capital-letter short name: "DRC", "UAE"), or a country
 * name with a possessive. Up to four words of {@code force-modifiers.tsv} and {@code force-nouns.tsv} may follow,
 * ending in a force noun. The class is Police Forces if any strong police noun occurs, Government if the last noun is
 * a strong government noun, else Military Forces; weak nouns ("forces", "officials") take the class of an earlier
 * strong one ("Syrian police forces", "Syrian military officials").
 *
 * <p>Immutable and thread-safe.
 */
final class ForceComposer {
    private static final int MAX_CHAIN = 4;
    /** Words of force-modifiers.tsv between an ordinal and a formation's noun: "35th Air Defence Brigade". */
    private static final int MAX_UNIT_MODIFIERS = 3;
    /** Capitalised words of an operation's name after "Operation": "Serval", "Olive Branch", "Euphrates Shield". */
    private static final int MAX_OPERATION_NAME = 3;
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(?:st|nd|rd|th)");

    /**
     * A composed state actor: token-free char span, its name, its country; {@code countryUnknown} when the words
     * point at the article country ("the country's army") and no hint gave it: the name then lacks the country.
     */
    record Composed(int start, int end, String name, String country, boolean countryUnknown) {
    }

    private final Countries countries;
    private final ActorWords words;

    ForceComposer(Countries countries, ActorWords words) {
        this.countries = countries;
        this.words = words;
    }

    /** The state actor that starts at token i, or null. */
    Composed compose(String text, List<Token> toks, int i, String hint) {
        String iso = null;
        int next = -1;
        boolean countryUnknown = false;
        // (a) adjective or capital-letter short name: "Syrian", "South Sudanese", "US", "DRC"
        for (PhraseTrie.Hit<String> h : countries.attributive.matchesAt(text, toks, i)) {
            Token last = toks.get(h.endToken() - 1);
            if (h.charEnd() != last.end() || last.possessive() || PhraseTrie.hyphenJoinedAfter(text, h.charEnd())) {
                continue; // "Syrian's", "Russian-backed"
            }
            iso = h.values().get(0);
            next = h.endToken();
        }
        // (b) country name with a possessive: "Syria's", "Syria’ ", "the DRC's"
        if (iso == null) {
            for (PhraseTrie.Hit<String> h : countries.named.matchesAt(text, toks, i)) {
                if (possessiveAt(text, toks.get(h.endToken() - 1), h.charEnd())) {
                    iso = h.values().get(0);
                    next = h.endToken();
                }
            }
        }
        // (c) "the country's army", "the nation's police": country from the hint
        if (iso == null) {
            Token t = toks.get(i);
            if ((t.baseNorm().equals("country") || t.baseNorm().equals("nation")) && t.possessive()) {
                iso = hint;
                countryUnknown = hint == null;
                next = i + 1;
            }
        }
        if (next < 0 || next >= toks.size()) {
            return null;
        }
        next = afterOperation(text, toks, next);
        if (next >= toks.size()) {
            return null;
        }
        int lastNoun = lastNoun(text, toks, next, next - 1);
        if (lastNoun < 0) {
            return null;
        }
        Token end = toks.get(lastNoun);
        int charEnd = end.possessive() ? end.baseEnd() : end.end();
        if (PhraseTrie.hyphenJoinedAfter(text, charEnd) || attributive(text, toks, lastNoun)) {
            return null; // "Syrian army-backed", "a Syrian military source", "Syrian government control"
        }
        ActorName name = switch (classify(toks.subList(next, lastNoun + 1))) {
            case MILITARY -> new ActorName("Military Forces", ActorName.Form.OF_COUNTRY);
            case POLICE -> new ActorName("Police Forces", ActorName.Form.OF_COUNTRY);
            case GOVERNMENT -> new ActorName("Government", ActorName.Form.OF_COUNTRY);
        };
        String country = countryUnknown ? null : countries.name(iso).orElse(iso);
        return new Composed(toks.get(i).start(), charEnd, name.in(country), iso, countryUnknown);
    }

    /**
     * A state actor written the way ACLED names them, with the country after the force words: "the military forces
     * of Georgia", "police forces of Somaliland", "the army of Mali"; starting at token i. The name after "of" is a
     * country (its state actor) or one capitalised word that {@code named} does not know as a group: the forces of a
     * self-declared state ("forces of Puntland") are that state's forces. Null when the pattern does not fit.
     */
    Composed composeOf(String text, List<Token> toks, int i, String hint, java.util.function.IntPredicate named) {
        if (!words.nouns.containsKey(key(toks.get(i))) && !words.modifiers.contains(key(toks.get(i)))) {
            return null;
        }
        int lastNoun = lastNoun(text, toks, i, i);
        if (lastNoun < 0 || lastNoun + 2 >= toks.size() || !toks.get(lastNoun + 1).norm().equals("of")
                || words.nouns.get(key(toks.get(lastNoun))).cls() == ActorWords.Cls.GOVERNMENT) {
            return null; // "Government of X" is a row or a name of its own
        }
        int at = lastNoun + 2;
        if (toks.get(at).norm().equals("the") && at + 1 < toks.size()) {
            at++;
        }
        String iso = null;
        int end = -1;
        for (PhraseTrie.Hit<String> h : countries.named.matchesAt(text, toks, at)) {
            if (!PhraseTrie.hyphenJoinedAfter(text, h.charEnd())) {
                iso = h.values().get(0);
                end = h.charEnd();
            }
        }
        String country;
        if (iso != null) {
            country = countries.name(iso).orElse(iso);
        } else {
            Token name = toks.get(at);
            boolean single = at + 1 >= toks.size() || !Character.isUpperCase(toks.get(at + 1).raw().charAt(0));
            if (!Character.isUpperCase(name.raw().charAt(0)) || !single || named.test(at)
                    || PhraseTrie.hyphenJoinedAfter(text, name.end())) {
                return null;
            }
            country = name.raw();
            end = name.end();
        }
        String cls = classify(toks.subList(i, lastNoun + 1)) == ActorWords.Cls.POLICE ? "Police" : "Military";
        return new Composed(toks.get(i).start(), end, cls + " Forces of " + country, iso, false);
    }

    /**
     * A state's numbered formation starting at the ordinal at token i: "the 35th Armoured Brigade", "the 4th
     * Division" ({@code unit-nouns.tsv}, with modifiers of {@code force-modifiers.tsv} between). Its military is the
     * country of a country word right before the ordinal ("the Russian 58th Army"), else the article's (the hint). Null
     * when "of" follows ("the 5th brigade of X" is X's) or the words do not fit.
     */
    Composed composeUnit(String text, List<Token> toks, int i, String hint) {
        if (!ORDINAL.matcher(toks.get(i).norm()).matches()) {
            return null;
        }
        int noun = -1;
        for (int k = i + 1; k < toks.size() && k - i <= MAX_UNIT_MODIFIERS + 1; k++) {
            Token w = toks.get(k);
            if (!PhraseTrie.joinable(text, toks.get(k - 1).end(), w.start())) {
                break;
            }
            if (words.unitNouns.contains(key(w))) {
                noun = k;
                break;
            }
            if (!words.modifiers.contains(w.norm())) {
                break;
            }
        }
        if (noun < 0) {
            return null;
        }
        Token end = toks.get(noun);
        int charEnd = end.possessive() ? end.baseEnd() : end.end();
        if (PhraseTrie.hyphenJoinedAfter(text, charEnd)
                || !end.possessive() && noun + 1 < toks.size() && toks.get(noun + 1).norm().equals("of")) {
            return null;
        }
        String iso = hint;
        if (i > 0) {
            Token prev = toks.get(i - 1);
            for (int k = Math.max(0, i - 3); k < i; k++) {
                for (PhraseTrie.Hit<String> h : countries.attributive.matchesAt(text, toks, k)) {
                    if (h.endToken() == i && !prev.possessive()) {
                        iso = h.values().get(0); // "the Russian 58th Army"
                    }
                }
                for (PhraseTrie.Hit<String> h : countries.named.matchesAt(text, toks, k)) {
                    if (h.endToken() == i && possessiveAt(text, prev, h.charEnd())) {
                        iso = h.values().get(0); // "Russia's 58th Army"
                    }
                }
            }
        }
        boolean countryUnknown = iso == null;
        String country = countryUnknown ? null : countries.name(iso).orElse(iso);
        return new Composed(toks.get(i).start(), charEnd,
                new ActorName("Military Forces", ActorName.Form.OF_COUNTRY).in(country), iso, countryUnknown);
    }

    /**
     * The token after a named operation starting at {@code next} ("Operation Serval" in "French Operation Serval
     * troops"): a capitalised word of {@code operation-words.tsv} and one to three capitalised words that are no force
     * noun; else {@code next}.
     */
    private int afterOperation(String text, List<Token> toks, int next) {
        Token op = toks.get(next);
        if (!words.operationWords.contains(op.norm()) || !Character.isUpperCase(op.raw().charAt(0))) {
            return next;
        }
        int k = next + 1;
        while (k < toks.size() && k - next <= MAX_OPERATION_NAME && Character.isUpperCase(toks.get(k).raw().charAt(0))
                && PhraseTrie.joinable(text, toks.get(k - 1).end(), toks.get(k).start())
                && !words.nouns.containsKey(key(toks.get(k))) && !words.modifiers.contains(key(toks.get(k)))) {
            k++;
        }
        return k > next + 1 ? k : next;
    }

    /** The last force noun of the chain of modifiers and nouns from token {@code next}, or -1. */
    private int lastNoun(String text, List<Token> toks, int next, int before) {
        int lastNoun = -1;
        for (int k = next; k < toks.size() && k - next < MAX_CHAIN; k++) {
            Token w = toks.get(k);
            if (k > before && k > 0 && (!PhraseTrie.joinable(text, toks.get(k - 1).end(), w.start())
                    || apostropheBetween(text, toks.get(k - 1), w) && k - 1 >= next)) {
                break;
            }
            String key = key(w);
            if (words.nouns.containsKey(key)) {
                lastNoun = k;
            } else if (!words.modifiers.contains(key)) {
                break;
            }
            if (w.possessive()) {
                break; // "Syrian army's": the chain ends at a possessive
            }
        }
        return lastNoun;
    }

    /** Whether token k is an institution noun used as an adjective of the next word ("military source"). */
    boolean attributive(String text, List<Token> toks, int k) {
        Token t = toks.get(k);
        if (t.possessive() || k + 1 >= toks.size() || !words.attributiveNouns.contains(t.norm())) {
            return false;
        }
        Token n = toks.get(k + 1);
        return ActorFinder.onlySpaces(text, t.end(), n.start()) && words.attributiveHeads.contains(n.baseNorm());
    }

    private ActorWords.Cls classify(List<Token> chain) {
        ActorWords.Noun last = words.nouns.get(key(chain.get(chain.size() - 1)));
        if (last.cls() == ActorWords.Cls.GOVERNMENT && last.strong()) {
            return ActorWords.Cls.GOVERNMENT;
        }
        boolean mil = false;
        for (Token w : chain) {
            ActorWords.Noun n = words.nouns.get(key(w));
            if (n == null || !n.strong() || n.cls() == ActorWords.Cls.GOVERNMENT) {
                continue;
            }
            if (n.cls() == ActorWords.Cls.POLICE) {
                return ActorWords.Cls.POLICE;
            }
            mil = true;
        }
        return mil ? ActorWords.Cls.MILITARY : last.cls();
    }

    private static String key(Token w) {
        return w.possessive() ? w.baseNorm() : w.norm();
    }

    /** Whether the country word is possessive: "Syria's", or "Syria’" / "Syria'" followed by a space. */
    private static boolean possessiveAt(String text, Token last, int charEnd) {
        if (last.possessive() && charEnd == last.baseEnd()) {
            return true;
        }
        int e = last.end();
        return charEnd == e && e + 1 < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '’')
                && Character.isWhitespace(text.charAt(e + 1));
    }

    private static boolean apostropheBetween(String text, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (c == '\'' || c == '’') {
                return true;
            }
        }
        return false;
    }
}
