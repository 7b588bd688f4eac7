package org.sitrep.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Count;
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

    /** The stated toll and whether it was linked ("coded as N"), which may share a sentence with an event. */
    record Stated(int sentence, Count count, boolean linked) {
    }

    /** Whether a sentence's words may state a toll, so that it gets the parse the reading needs. */
    boolean mayState(List<String> words, List<String> lemmas) {
        return lemmas.stream().anyMatch(lex.tollNouns::contains) || words.stream().anyMatch(lex.tollNouns::contains);
    }

    /** The toll the sentence states, if it states one. */
    Optional<Stated> read(SentenceContext ctx) {
        List<String> lemmas = ctx.lemmas();
        List<Token> toks = ctx.sentence().tokens();
        for (int n = 0; n < lemmas.size(); n++) {
            if (!lex.tollNouns.contains(lemmas.get(n))) {
                continue;
            }
            // "Fatalities coded as 10", "unknown reported fatalities coded as 10": the number after the link
            for (PhraseMatcher.Match<Boolean> link : lex.tollLinks.find(lemmas, ctx.words())) {
                if (link.start() > n && link.start() <= n + 3 && link.end() < toks.size() && isNumber(toks, link.end())) {
                    Long v = QuantityReader.numberValue(toks, link.end(), link.end());
                    if (v != null) {
                        int end = link.end();
                        // "coded as 10 and spread across 2 locations": this event's share
                        int[] share = share(ctx, link.end() + 1);
                        if (share != null && share[0] > 1) {
                            v = v / share[0];
                            end = share[1];
                        }
                        return Optional.of(new Stated(ctx.sentence().index(),
                                new Count(v, Qualifier.EXACT, text(ctx, n, end)), true));
                    }
                }
            }
            // "2 fatalities.", "At least 3 deaths.": the number right before the noun, in a sentence that says
            // nothing else (a longer one tells something of its own)
            if (n > 0 && isNumber(toks, n - 1) && toks.size() <= SHORT) {
                Long v = QuantityReader.numberValue(toks, n - 1, n - 1);
                if (v != null) {
                    return Optional.of(new Stated(ctx.sentence().index(),
                            new Count(v, qualifier(ctx, n - 1), text(ctx, n - 1, n)), false));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The drafts with each stated toll given to its event: the first violent draft in the sentences before
     * the statement (a linked statement also reaches its own sentence), within {@link #REACH}.
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
                Map<String, Count> counts = new LinkedHashMap<>(d.counts());
                counts.put(CountRole.FATALITIES.code(), st.count());
                out.set(i, new MentionDraft(d.article(), d.sentence(), d.frame(), d.type(), d.status(), d.aggregate(),
                        d.times(), d.places(), d.actor1(), d.actor2(), counts, d.attribution(), d.trigger(),
                        d.triggerStart(), d.armedTarget()));
                break;
            }
        }
        return out;
    }

    /**
     * "and spread across 2 locations", "split between 3 events": how many events share the stated toll and
     * the token of that number, or null when the words after the toll say nothing of a share.
     */
    private int[] share(SentenceContext ctx, int from) {
        List<Token> toks = ctx.sentence().tokens();
        for (int j = from; j < Math.min(toks.size(), from + 3); j++) {
            if (lex.tollShares.contains(ctx.lemmas().get(j)) || lex.tollShares.contains(ctx.words().get(j))) {
                for (int k = j + 1; k < Math.min(toks.size(), j + 4); k++) {
                    if (isNumber(toks, k)) {
                        Long n = QuantityReader.numberValue(toks, k, k);
                        return n == null ? null : new int[] {(int) Math.min(n, 1000), k};
                    }
                }
                return null;
            }
        }
        return null;
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
