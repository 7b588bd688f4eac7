package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word alias matcher over {@link Token}s.
 *
 * <p>Aliases are keyed on their normalized words, so "al-Islam", "al Islam" and "Al-Islam" are one key. Between two words
 * of a match the text may have spaces, one hyphen, apostrophes or a slash, never other punctuation ("Jaish al-Islam,or"
 * does not run across the comma). Acronym-like alias words ({@link Token#acronymLike}) must match in exact case. The
 * last word of a match may carry a possessive ending, which is left out of the match.
 *
 * @param <V> the value stored per alias
 */
final class PhraseTrie<V> {

    /** One alias that matched: tokens {@code [startToken, endToken)}, characters {@code [charStart, charEnd)}. */
    record Hit<V>(int startToken, int endToken, int charStart, int charEnd, List<V> values) {
    }

    private static final class Entry<V> {
        final String[] exact; // null for words matched case-insensitively
        final List<V> values = new ArrayList<>();

        Entry(String[] exact) {
            this.exact = exact;
        }
    }

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        final List<Entry<V>> entries = new ArrayList<>();
    }

    private final Node<V> root = new Node<>();
    private int size;

    /** Adds an alias; aliases with the same words and the same case constraints share an entry, values in order. */
    void add(String alias, V value) {
        List<Token> words = Token.tokenize(alias);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("alias has no words: '" + alias + "'");
        }
        Node<V> node = root;
        String[] exact = new String[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Token w = words.get(i);
            node = node.next.computeIfAbsent(w.norm(), k -> new Node<>());
            exact[i] = Token.acronymLike(w.raw()) ? w.exact() : null;
        }
        Entry<V> entry = null;
        for (Entry<V> e : node.entries) {
            if (java.util.Arrays.equals(e.exact, exact)) {
                entry = e;
                break;
            }
        }
        if (entry == null) {
            entry = new Entry<>(exact);
            node.entries.add(entry);
        }
        entry.values.add(value);
        size++;
    }

    int size() {
        return size;
    }

    /** Every alias that starts at token {@code i}, shortest first. Boundary checks are the caller's. */
    List<Hit<V>> matchesAt(String text, List<Token> toks, int i) {
        List<Hit<V>> hits = new ArrayList<>();
        Node<V> node = root;
        for (int j = i; j < toks.size(); j++) {
            if (j > i && !joinable(text, toks.get(j - 1).end(), toks.get(j).start())) {
                break;
            }
            Token t = toks.get(j);
            // the last word of a match may be possessive: try the bare form as a final word
            if (t.possessive()) {
                Node<V> last = node.next.get(t.baseNorm());
                if (last != null) {
                    addHits(hits, last, toks, i, j, true, t.baseEnd());
                }
            }
            node = node.next.get(t.norm());
            if (node == null) {
                break;
            }
            addHits(hits, node, toks, i, j, false, t.end());
        }
        return hits;
    }

    /** The values of an alias covering all of {@code toks}, or an empty list. */
    List<V> whole(String text, List<Token> toks) {
        if (toks.isEmpty()) {
            return List.of();
        }
        for (Hit<V> h : matchesAt(text, toks, 0)) {
            if (h.endToken() == toks.size() && h.charEnd() == toks.get(toks.size() - 1).end()) {
                return h.values();
            }
        }
        return List.of();
    }

    private void addHits(List<Hit<V>> hits, Node<V> node, List<Token> toks, int i, int j, boolean base, int charEnd) {
        for (Entry<V> e : node.entries) {
            if (caseOk(e, toks, i, j, base)) {
                hits.add(new Hit<>(i, j + 1, toks.get(i).start(), charEnd, e.values));
            }
        }
    }

    private static <V> boolean caseOk(Entry<V> e, List<Token> toks, int i, int j, boolean base) {
        for (int k = 0; k < e.exact.length; k++) {
            if (e.exact[k] == null) {
                continue;
            }
            Token t = toks.get(i + k);
            String have = (base && i + k == j) ? t.baseExact() : t.exact();
            if (!e.exact[k].equals(have)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code text[from, to)} is {@code phrase} as written: its words in order, in any case only when
     * {@code anyCase}, each space of it one or more white-space characters ({@link Gaps#isSpace}). A hit of the trie
     * also matches other spellings ("al-Islam" for "al Islam", accents left out); this keeps the lexicons' own.
     */
    static boolean asWritten(String text, int from, int to, String phrase, boolean anyCase) {
        int k = from;
        for (String w : phrase.split(" ")) {
            if (k > from) {
                int gap = k;
                k = Math.min(to, Gaps.spaceAfter(text, k));
                if (k == gap) {
                    return false;
                }
            }
            if (!text.regionMatches(anyCase, k, w, 0, w.length())) {
                return false;
            }
            k += w.length();
        }
        return k == to;
    }

    /** Whether two words may be parts of one name: spaces, at most one hyphen or slash, apostrophes, one line break. */
    static boolean joinable(String text, int from, int to) {
        int hyphens = 0;
        int newlines = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '-' || c == '‐' || c == '‑' || c == '/') {
                hyphens++;
            } else if (c == '\n') {
                newlines++;
            } else if (!(Character.isWhitespace(c) || c == '\u00A0' || c == '\'' || c == '’')) {
                return false;
            }
        }
        return hyphens <= 1 && newlines <= 1;
    }

    /** Whether the word starting at {@code start} is the second half of a hyphen compound ("pro-regime", "ex-Seleka"). */
    static boolean hyphenJoinedBefore(String text, int start) {
        return start >= 2 && Gaps.isHyphen(text.charAt(start - 1)) && Character.isLetterOrDigit(text.charAt(start - 2))
                || start >= 3 && Gaps.isHyphen(text.charAt(start - 1)) && text.charAt(start - 2) == '.'
                && Character.isLetter(text.charAt(start - 3));
    }

    /** Whether the text at {@code end} continues the word as a hyphen compound ("IS-held", "Russian-backed"). */
    static boolean hyphenJoinedAfter(String text, int end) {
        return end + 1 < text.length() && Gaps.isHyphen(text.charAt(end)) && Character.isLetterOrDigit(text.charAt(end + 1));
    }
}
