// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.util.List;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Where a place span lies among its sentence's tokens, so that the words around it are read as the annotator split
 * them (not as characters of the raw text). The spotter builds spans from whole tokens, so a span begins where a token
 * begins and ends where one ends. Stateless.
 */
public final class SpanTokens {
    private SpanTokens() {
    }

    /** The index of the span's first token, or -1 when no token of the sentence begins where the span does. */
    public static int first(Sentence s, PlaceRef r) {
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size() && t.get(k).begin() <= r.start(); k++) {
            if (t.get(k).begin() == r.start()) {
                return k;
            }
        }
        return -1;
    }

    /** The index of the span's last token, or -1 when no token of the sentence ends where the span does. */
    public static int last(Sentence s, PlaceRef r) {
        return endingAt(s, r.end());
    }

    /** The index of the token that ends at article offset {@code end}, or -1 when none does. */
    public static int endingAt(Sentence s, int end) {
        List<Token> t = s.tokens();
        for (int k = t.size() - 1; k >= 0 && t.get(k).end() >= end; k--) {
            if (t.get(k).end() == end) {
                return k;
            }
        }
        return -1;
    }

    /** The leading letters of token {@code k}'s word in lower case ("roundabout" of "roundabout,"), or "". */
    public static String letters(Sentence s, int k) {
        String w = lower(s, k);
        int n = 0;
        while (n < w.length() && Character.isLetter(w.charAt(n))) {
            n++;
        }
        return w.substring(0, n);
    }

    /** Whether token {@code k} is a quote mark or an apostrophe, as written or as the tokenizer normalises it. */
    public static boolean quote(Sentence s, int k) {
        String w = lower(s, k);
        return w.equals("'") || w.equals("\u2019") || w.equals("\"") || w.equals("''") || w.equals("``");
    }

    /** The word of token {@code k} in lower case, or "" outside the sentence. */
    public static String lower(Sentence s, int k) {
        return k < 0 || k >= s.tokens().size() ? "" : s.tokens().get(k).word().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A run of letters inside one token, as the article writes it ("Syrian" and "backed" of "Syrian-backed"), with its
     * article offsets and the index of its token.
     */
    public record Word(String text, int begin, int end, int token) {
    }

    /** The runs of letters of every token of the sentence, in text order, as the article writes them. */
    public static List<Word> words(Sentence s) {
        List<Word> out = new java.util.ArrayList<>();
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size(); k++) {
            String raw = written(s, k);
            int i = 0;
            while (i < raw.length()) {
                if (!Character.isLetter(raw.charAt(i))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < raw.length() && Character.isLetter(raw.charAt(j))) {
                    j++;
                }
                int at = t.get(k).begin();
                out.add(new Word(raw.substring(i, j), at + i, at + j, k));
                i = j;
            }
        }
        return out;
    }

    /**
     * The word written right after {@code w} across a space: the letters that begin the next token, when {@code w} ends
     * its token and a gap of white space separates the two ("Somali" then "region"); else null.
     */
    public static String nextWord(Sentence s, Word w) {
        List<Token> t = s.tokens();
        int k = w.token() + 1;
        if (w.end() != t.get(w.token()).end() || k >= t.size() || t.get(k).begin() <= w.end()
                || !s.text().substring(w.end() - s.begin(), t.get(k).begin() - s.begin()).isBlank()) {
            return null;
        }
        String raw = written(s, k);
        int n = 0;
        while (n < raw.length() && Character.isLetter(raw.charAt(n))) {
            n++;
        }
        return n == 0 ? null : raw.substring(0, n);
    }

    /** Token {@code k} as the article writes it (the tokenizer may normalise its word: "-LRB-" for "("). */
    private static String written(Sentence s, int k) {
        Token tok = s.tokens().get(k);
        return s.text().substring(tok.begin() - s.begin(), tok.end() - s.begin());
    }

    /** Whether token {@code k} opens a bracket: "(" or "[", as the tokenizer writes them. */
    public static boolean opening(Sentence s, int k) {
        String w = lower(s, k);
        return w.equals("(") || w.equals("[") || w.equals("-lrb-") || w.equals("-lsb-");
    }
}
