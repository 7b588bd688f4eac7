package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lexicon phrases in a sentence's lemmas (or lower-cased words): the one phrase matcher of the extract and resolve stages. A phrase is a space-separated
 * sequence; "..." lets up to three other tokens stand between its neighbours, and a token ending in "*"
 * matches by prefix. Matches are returned longest first and without overlap, like a gazetteer tagger.
 *
 * @param <V> what a phrase stands for (a frame, a cue, a qualifier)
 */
public final class PhraseMatcher<V> {
    private static final int MAX_GAP = 3;

    public record Match<V>(int start, int end, V value) {
        /** Token index one past the last matched token. */
        public int length() {
            return end - start;
        }
    }

    private record Pattern<V>(String[] parts, V value, int weight) {
    }

    private final Map<String, List<Pattern<V>>> byFirst = new HashMap<>();
    private final List<Pattern<V>> prefixFirst = new ArrayList<>();

    public void add(String phrase, V value) {
        String[] parts = phrase.trim().toLowerCase().split("\\s+");
        Pattern<V> p = new Pattern<>(parts, value, parts.length);
        if (parts[0].endsWith("*")) {
            prefixFirst.add(p);
        } else {
            byFirst.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(p);
        }
    }

    /** All non-overlapping matches, preferring longer phrases, in sentence order. */
    public List<Match<V>> find(List<String> lemmas, List<String> words) {
        List<Match<V>> all = new ArrayList<>();
        for (int i = 0; i < lemmas.size(); i++) {
            List<Pattern<V>> candidates = new ArrayList<>(byFirst.getOrDefault(lemmas.get(i), List.of()));
            if (!words.get(i).equals(lemmas.get(i))) {
                candidates.addAll(byFirst.getOrDefault(words.get(i), List.of()));
            }
            candidates.addAll(prefixFirst);
            for (Pattern<V> p : candidates) {
                int end = matchAt(p.parts(), lemmas, words, i);
                if (end > 0) {
                    all.add(new Match<>(i, end, p.value()));
                }
            }
        }
        all.sort(Comparator.comparingInt((Match<V> m) -> -m.length()).thenComparingInt(Match::start));
        boolean[] taken = new boolean[lemmas.size()];
        List<Match<V>> kept = new ArrayList<>();
        for (Match<V> m : all) {
            boolean free = true;
            for (int k = m.start(); k < m.end() && free; k++) {
                free = !taken[k];
            }
            if (free) {
                for (int k = m.start(); k < m.end(); k++) {
                    taken[k] = true;
                }
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }

    /** Returns the end index (exclusive) of a match of parts starting at i, or -1. */
    private static int matchAt(String[] parts, List<String> lemmas, List<String> words, int i) {
        int pos = i;
        int gap = 0;
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k];
            if (part.equals("...")) {
                gap = MAX_GAP;
                continue;
            }
            int found = -1;
            for (int j = pos; j <= pos + gap && j < lemmas.size(); j++) {
                if (tokenMatches(part, lemmas.get(j), words.get(j))) {
                    found = j;
                    break;
                }
            }
            if (found < 0 || (k == 0 && found != i)) {
                return -1;
            }
            pos = found + 1;
            gap = 0;
        }
        return pos;
    }

    private static boolean tokenMatches(String part, String lemma, String word) {
        if (part.endsWith("*")) {
            String prefix = part.substring(0, part.length() - 1);
            return lemma.startsWith(prefix) || word.startsWith(prefix);
        }
        return part.equals(lemma) || part.equals(word);
    }

    /** All matches in a sentence's lower-case lemmas and words, as the extract stage reads them (resolve reads them so too). */
    public List<Match<V>> find(org.sitrep.model.Sentence s) {
        return find(SentenceContext.lowerLemmas(s), SentenceContext.lowerWords(s));
    }

    /** Whether any phrase occurs at all. */
    boolean occursIn(List<String> lemmas, List<String> words) {
        return !find(lemmas, words).isEmpty();
    }
}
