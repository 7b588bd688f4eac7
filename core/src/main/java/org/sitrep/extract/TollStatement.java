package org.sitrep.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Token;

/**
 * A sentence that states the toll of the event told before it, in words of its own: "2 fatalities.",
 * "Fatalities coded as 0 (a monitor reported 1).", "Unknown fatalities coded as 10." ACLED notes close
 * this way, and the stated figure is the event's total: it replaces the toll read from the parts before it
 * and is never summed with them. Vocabulary in {@code lexicon/toll-statements.tsv}. Stateless.
 */
final class TollStatement {
    /** How many sentences back a statement may reach for its event. */
    private static final int REACH = 5;
    /** The most tokens of a sentence that is only a number and its noun ("At least 3 fatalities reported."). */
    private static final int SHORT = 7;

    private final Lexicon lex = Lexicon.get();

    /**
     * A stated toll: the figure (null when the sentence only shares out the event's own toll: "Fatalities
     * distributed across six events."), whether it was linked ("coded as N", which may share a sentence with
     * its event), and how many events share the figure (1 when none).
     */
    record Stated(int sentence, Count count, boolean linked, int share) {
        Stated(int sentence, Count count, boolean linked) {
            this(sentence, count, linked, 1);
        }
    }

    /** Whether a sentence's words may state a toll, so that it gets the parse the reading needs. */
    boolean mayState(List<String> words, List<String> lemmas) {
        return lemmas.stream().anyMatch(lex.tollNouns::contains) || words.stream().anyMatch(lex.tollNouns::contains);
    }

    /** The toll the sentence states, if it states one. */
    Optional<Stated> read(SentenceContext ctx) {
        List<String> lemmas = ctx.lemmas();
        List<Token> toks = ctx.sentence().tokens();
        int index = ctx.sentence().index();
        for (int n = 0; n < lemmas.size(); n++) {
            if (!lex.tollNouns.contains(lemmas.get(n))) {
                continue;
            }
            // "Fatalities coded as 10", "unknown reported fatalities coded as 10": the number after the link
            for (PhraseMatcher.Match<Qualifier> link : lex.tollLinks.find(lemmas, ctx.words())) {
                if (link.start() > n && link.start() <= n + 3 && link.end() < toks.size() && isNumber(toks, link.end())) {
                    Long v = QuantityReader.numberValue(toks, link.end(), link.end());
                    if (v != null) {
                        int end = link.end();
                        // "coded at 4, in addition to 1 known death": both figures
                        int[] more = addition(ctx, end + 1);
                        if (more != null) {
                            v += more[0];
                            end = more[1];
                        }
                        // "coded as 10 and spread across 2 locations": this event's share
                        int[] share = share(ctx, end + 1);
                        if (share != null && share[0] > 1) {
                            v = shareOf(v, share[0]);
                            end = share[1];
                        }
                        return Optional.of(new Stated(index, new Count(v, link.value(), text(ctx, n, end)), true));
                    }
                }
            }
            // "2 fatalities.", "At least 3 deaths.", "Rebels confirmed 4 rebel fatalities.": the number before the
            // noun and its modifiers, in a sentence that says nothing else (a longer one tells something of its own)
            int number = numberBefore(toks, n);
            if (number >= 0 && toks.size() <= SHORT) {
                Long v = QuantityReader.numberValue(toks, number, number);
                if (v != null) {
                    int end = n;
                    int[] share = share(ctx, n + 1); // "Two fatalities distributed across two days."
                    if (share != null && share[0] > 1) {
                        v = shareOf(v, share[0]);
                        end = share[1];
                    }
                    return Optional.of(new Stated(index, new Count(v, qualifier(ctx, number), text(ctx, number, end)), false));
                }
            }
            // "Fatalities distributed across six events.": no figure, the event's own toll is shared out
            int[] share = number < 0 && (n == 0 || !isNumber(toks, n - 1)) ? share(ctx, n + 1) : null;
            if (share != null && share[0] > 1) {
                return Optional.of(new Stated(index, null, false, share[0]));
            }
        }
        return Optional.empty();
    }

    /**
     * The drafts with each stated toll given to its event: the first violent draft in the sentences before
     * the statement (a linked statement also reaches its own sentence), within {@link #REACH}. A statement
     * without a figure divides the toll of the first such draft that has one.
     */
    List<MentionDraft> apply(List<MentionDraft> drafts, List<Stated> statements) {
        List<MentionDraft> out = new ArrayList<>(drafts);
        for (Stated st : statements) {
            for (int i = 0; i < out.size(); i++) {
                MentionDraft d = out.get(i);
                int gap = st.sentence() - d.sentence().index();
                if (gap > REACH || gap < 0 || gap == 0 && !st.linked() || !TollEvents.closableByStatement(d.type())) {
                    continue;
                }
                Count stated = st.count();
                if (stated == null) {
                    Count own = d.counts().get(CountRole.FATALITIES);
                    if (own == null || own.value() == null) {
                        continue; // the event that has a toll to share
                    }
                    stated = new Count(shareOf(own.value(), st.share()), own.qualifier(), own.text());
                }
                Map<CountRole, Count> counts = new LinkedHashMap<>(d.counts());
                counts.put(CountRole.FATALITIES, stated);
                out.set(i, d.withCounts(counts, d.armedTarget()));
                break;
            }
        }
        return out;
    }

    /** An event's share of a toll several events share: to the nearest whole number, a half rounded down. */
    static long shareOf(long toll, int events) {
        return (2 * toll + events - 1) / (2L * events);
    }

    /**
     * "and spread across 2 locations", "distributed across three events": how many events share the stated toll
     * and the token of that number, or null when the words after the toll say nothing of a share. A
     * parenthesis between ("coded as 6 (half a dozen) and spread across") is passed over.
     */
    private int[] share(SentenceContext ctx, int from) {
        List<Token> toks = ctx.sentence().tokens();
        int start = skipParenthesis(ctx, from);
        for (PhraseMatcher.Match<Boolean> m : lex.tollShares.find(ctx.lemmas(), ctx.words())) {
            if (m.start() < start || m.start() >= start + 3) {
                continue;
            }
            for (int k = m.end(); k < Math.min(toks.size(), m.end() + 3); k++) {
                if ("CD".equals(toks.get(k).pos())) {
                    Long n = QuantityReader.numberValue(toks, k, k);
                    String norm = toks.get(k).normalized();
                    if (n == null && norm != null && norm.matches("P\\d{1,3}[DWMY]")) {
                        n = Long.parseLong(norm.substring(1, norm.length() - 1)); // "across two days": a duration, P2D
                    }
                    return n == null ? null : new int[] {(int) Math.min(n, 1000), k};
                }
            }
            return null;
        }
        return null;
    }

    /** "in addition to 2 known fatalities" after a stated figure: {that figure, its token}, or null. */
    private int[] addition(SentenceContext ctx, int from) {
        List<Token> toks = ctx.sentence().tokens();
        for (PhraseMatcher.Match<Boolean> m : lex.tollAdditions.find(ctx.lemmas(), ctx.words())) {
            if (m.start() >= from && m.start() <= from + 1 && m.end() < toks.size() && isNumber(toks, m.end())) {
                Long n = QuantityReader.numberValue(toks, m.end(), m.end());
                return n == null ? null : new int[] {(int) Math.min(n, 100_000), m.end()};
            }
        }
        return null;
    }

    private static int skipParenthesis(SentenceContext ctx, int from) {
        List<String> words = ctx.words();
        if (from < words.size() && (words.get(from).equals("(") || words.get(from).equals("-lrb-"))) {
            for (int j = from + 1; j < Math.min(words.size(), from + 8); j++) {
                if (words.get(j).equals(")") || words.get(j).equals("-rrb-")) {
                    return j + 1;
                }
            }
        }
        return from;
    }

    /** The number before the toll noun at n, past at most two modifiers ("4 rebel fatalities"), or -1. */
    private static int numberBefore(List<Token> toks, int n) {
        for (int k = n - 1; k >= Math.max(0, n - 3); k--) {
            if (isNumber(toks, k)) {
                return k;
            }
            String pos = toks.get(k).pos();
            if (!pos.startsWith("JJ") && !pos.startsWith("NN")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isNumber(List<Token> toks, int i) {
        Token t = toks.get(i);
        return "CD".equals(t.pos()) && (t.ner() == null || t.ner().equals("NUMBER") || t.ner().equals("O"));
    }

    private Qualifier qualifier(SentenceContext ctx, int number) {
        for (PhraseMatcher.Match<Qualifier> m : lex.qualifiers.find(ctx.words(), ctx.words())) {
            if (m.end() == number) {
                return m.value();
            }
        }
        return Qualifier.EXACT;
    }

    private static String text(SentenceContext ctx, int first, int last) {
        List<Token> toks = ctx.sentence().tokens();
        int base = ctx.sentence().begin();
        return ctx.sentence().text().substring(toks.get(first).begin() - base, toks.get(last).end() - base);
    }
}
