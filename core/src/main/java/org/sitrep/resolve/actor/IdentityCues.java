package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.common.Tsv;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;

/**
 * An unidentified armed group fighting for a clan, tribe or community is an identity militia ({@code
 * actors/identity-cues.tsv}): the first cue word of the event's text names the militia. A militia the report calls by
 * a proper name that is no country's and no group's the dictionary knows ("Tiv militias", "a Nuer militia", "militias
 * from Agbo and Ekwe") is named for a community: ACLED's identity militia of that name. Stateless and thread-safe.
 */
final class IdentityCues {
    static final String CUES = "/actors/identity-cues.tsv";
    static final String MILITIA_NOUNS = "/actors/militia-nouns.tsv";

    /** One cue: its words as written, its row (the first row wins where two start at one word), its militia class. */
    private record Cue(String words, int row, String militia) {
    }

    /** The cues by their words; a hit counts only as written, in lower case and on whole words. */
    private final PhraseTrie<Cue> cues = new PhraseTrie<>();
    /** "militia", "militiamen": the nouns a community's name comes before, or after with "from". */
    private final Set<String> militiaNouns;
    private final Countries countries;
    /** Whether words name an actor the dictionary knows (a group's "militias from the X Front" are that group's). */
    private final java.util.function.Predicate<String> known;

    IdentityCues(Countries countries, java.util.function.Predicate<String> known) {
        this.countries = countries;
        this.known = known;
        List<Tsv.Row> rows = Tsv.read(CUES, 2);
        for (int i = 0; i < rows.size(); i++) {
            String words = rows.get(i).get(0).toLowerCase(Locale.ROOT);
            cues.add(words, new Cue(words, i, rows.get(i).get(1)));
        }
        this.militiaNouns = Tsv.words(MILITIA_NOUNS);
    }

    /**
     * {@code a} as the identity militia of the text's first cue when {@code a} is an unidentified armed group (its
     * country label kept: "Unidentified Armed Group (Kenya)" becomes "Unidentified Clan Militia (Kenya)"); otherwise
     * {@code a} unchanged.
     */
    Actor apply(Actor a, String text) {
        if (a == null || text == null || !a.name().startsWith(ActorDictionary.UNIDENTIFIED)) {
            return a;
        }
        String label = a.name().substring(ActorDictionary.UNIDENTIFIED.length());
        String community = community(a.text(), text);
        if (community != null) {
            return new Actor(community + " Militia" + label, ActorType.IDENTITY_MILITIA, a.text());
        }
        Cue cue = firstCue(text);
        if (cue == null) {
            return a;
        }
        return new Actor(cue.militia() + label, ActorType.IDENTITY_MILITIA, a.text());
    }

    /**
     * The cue that starts first in the text, the first row where two start at one word. A cue matches as written (in
     * lower case: "Gulf Clan" is a name), on whole words that no hyphen joins to another ("clan" is no cue in
     * "clan-based", "sub-clan" is a row of its own), its words apart by white space only.
     */
    private Cue firstCue(String text) {
        List<Token> toks = Token.tokenize(text);
        for (int i = 0; i < toks.size(); i++) {
            int start = toks.get(i).start();
            if (start > 0 && Gaps.joinsWord(text.charAt(start - 1))) {
                continue;
            }
            Cue first = null;
            for (PhraseTrie.Hit<Cue> h : cues.matchesAt(text, toks, i)) {
                if (h.charEnd() < text.length() && Gaps.joinsWord(text.charAt(h.charEnd()))) {
                    continue;
                }
                for (Cue c : h.values()) {
                    boolean earlier = first == null || c.row() < first.row();
                    if (earlier && PhraseTrie.asWritten(text, start, h.charEnd(), c.words(), false)) {
                        first = c;
                    }
                }
            }
            if (first != null) {
                return first;
            }
        }
        return null;
    }

    /**
     * The proper name before the militia noun of the actor's words, or null: none, a country's word ("Libyan
     * militias" are no community), or a capital that only opens the sentence ("Armed militiamen").
     */
    private String community(String words, String text) {
        if (words == null) {
            return null;
        }
        int at = text.indexOf(words);
        if (at < 0) {
            return null;
        }
        List<Token> toks = Token.tokenize(text);
        // the actor's words, or the name right before them ("Tiv" before a match of "militias")
        for (Token t : toks) {
            int end = t.possessive() ? t.baseEnd() : t.end();
            if (!militiaNouns.contains(text.substring(t.start(), end)) || end <= at || end > at + words.length()) {
                continue;
            }
            int nameStart = nameBefore(text, t.start());
            if (nameStart >= 0) {
                String name = text.substring(nameStart, Gaps.spaceBefore(text, t.start()));
                return opensSentence(text, nameStart) || countries.of(name).isPresent() ? null : name;
            }
        }
        // "militias from Agbo and Ekwe": one or two capitalised words after "from"
        for (int i = 0; i + 1 < toks.size(); i++) {
            Token noun = toks.get(i);
            if (noun.start() < at || noun.start() >= at + words.length() || !militiaNouns.contains(noun.raw())
                    || noun.start() > 0 && Gaps.joinsWord(text.charAt(noun.start() - 1))) {
                continue;
            }
            Token from = toks.get(i + 1);
            if (!from.raw().equals("from") || !Gaps.spaces(text, noun.end(), from.start())) {
                continue;
            }
            int nameStart = Gaps.spaceAfter(text, from.end());
            int end = nameEnd(text, nameStart);
            if (nameStart == from.end() || end < 0) {
                continue;
            }
            int second = Gaps.spaceAfter(text, end);
            if (second > end && nameEnd(text, second) >= 0) {
                end = nameEnd(text, second);
            }
            String name = text.substring(nameStart, end);
            return countries.of(name).isPresent() || known.test(name) ? null : name;
        }
        return null;
    }

    /**
     * Where the proper name that ends, with white space, right before {@code at} starts ("Tiv" in "Tiv militias"), or -1:
     * the first capital followed by a small letter that no letter or hyphen joins to what comes before it.
     */
    private static int nameBefore(String text, int at) {
        int end = Gaps.spaceBefore(text, at);
        if (end == at) {
            return -1;
        }
        int run = end;
        while (run > 0 && nameChar(text.charAt(run - 1))) {
            run--;
        }
        for (int s = run; s + 1 < end; s++) {
            if ((s == 0 || !Gaps.joinsWord(text.charAt(s - 1))) && nameEnd(text, s) == end) {
                return s;
            }
        }
        return -1;
    }

    /** The end of a proper name starting at {@code s} (a capital, a small letter, then letters, apostrophes, hyphens), or -1. */
    private static int nameEnd(String text, int s) {
        if (s + 1 >= text.length() || Character.getType(text.charAt(s)) != Character.UPPERCASE_LETTER
                || Character.getType(text.charAt(s + 1)) != Character.LOWERCASE_LETTER) {
            return -1;
        }
        int k = s + 2;
        while (k < text.length() && nameChar(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean nameChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '-';
    }

    /** Whether only white space, quotes and opening brackets stand between the start of a sentence and {@code at}. */
    private static boolean opensSentence(String text, int at) {
        int k = at;
        while (k > 0 && (Gaps.isSpace(text.charAt(k - 1)) || "\"'“‘(".indexOf(text.charAt(k - 1)) >= 0)) {
            k--;
        }
        return k == 0 || ".!?:".indexOf(text.charAt(k - 1)) >= 0;
    }
}
