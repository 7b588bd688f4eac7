package org.sitrep.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.model.Dependency;
import org.sitrep.model.Frame;

/**
 * Where a word stands towards a protest in the parse: in what the protest is about (its grievance, a clause of
 * purpose, a clause on other people) or not. {@link ProtestConduct} and {@link ProtestIntervention} read it to tell
 * what the crowd did, and what was done to it, from violence it protests against; the markers are
 * lexicon/grievance-markers.tsv's.
 */
final class ProtestClauses {
    /** Most steps up the parse from a word to its root (a guard against a malformed graph's cycles). */
    static final int MAX_DEPTH = 30;

    private final Lexicon lex = Lexicon.get();

    /**
     * Whether token {@code k} tells the grievance of the protest headed by {@code protest}: on its way up the
     * parse to the protest's own chain of heads it passes a clause that modifies a noun other than the crowd,
     * a noun's modifier, or a phrase or clause of grievance.
     */
    boolean grievance(int k, int protest, SentenceContext ctx) {
        return background(k, protest, ctx, false);
    }

    /** A clause of purpose ("to remember", "to demand"), by its marker (grievance-markers.tsv, purpose). */
    boolean purpose(Dependency up, SentenceContext ctx) {
        String rel = up.relation().toLowerCase(Locale.ROOT);
        if (!rel.startsWith("advcl") && !rel.startsWith("xcomp")) {
            return false;
        }
        String marker = marker(up, rel, ctx);
        return marker != null && lex.grievancePurpose.contains(marker);
    }

    /**
     * Whether token k lies in the purpose of the protest headed by {@code protest} ("marched to remember ..."). Only the
     * purpose: a protest in a clause on a place ("a strike spread to the port, where dockers marched") is
     * the same protest told again.
     */
    boolean about(int k, int protest, SentenceContext ctx) {
        Set<Integer> chain = chainOf(List.of(protest), ctx.syntax());
        return belowChain(k, chain, ctx.syntax()).anyMatch(up -> purpose(up, ctx));
    }

    /** The words of the protests' chains of heads: each protest's head and those above it, up to the root. */
    static Set<Integer> chainOf(List<Integer> protests, Syntax syn) {
        Set<Integer> chain = new HashSet<>();
        for (int p : protests) {
            // a walk that meets a word already taken (another protest's chain, or a cycle) has nothing new above it
            syn.upward(p, MAX_DEPTH).takeWhile(c -> !chain.contains(c)).forEach(chain::add);
        }
        return chain;
    }

    /** The arcs from the word at k up to (not into) the chain: the way by which the word hangs on the protest. */
    static Stream<Dependency> belowChain(int k, Set<Integer> chain, Syntax syn) {
        return syn.arcsUp(k, MAX_DEPTH).takeWhile(up -> !chain.contains(up.dependent()));
    }

    /** Token k tells what one of the protests (their trigger heads) did, not what any of them is about. */
    boolean conduct(int k, List<Integer> protests, SentenceContext ctx) {
        return protests.stream().anyMatch(p -> !grievance(k, p, ctx));
    }

    /**
     * The heads of the group's protest triggers, less those in another one's purpose ("marched to remember classmates
     * shot dead in a raid on a strike camp": the strike camp is what the march is about, not the march).
     */
    List<Integer> protests(EventGrouper.Group group, SentenceContext ctx) {
        List<Integer> protests = group.triggers().stream().filter(t -> t.frame() == Frame.PROTEST).map(Trigger::head).toList();
        if (protests.isEmpty()) {
            return List.of(group.main().head());
        }
        List<Integer> own = protests.stream().filter(p -> protests.stream()
                .noneMatch(q -> q.intValue() != p.intValue() && about(p, q, ctx))).toList();
        return own.isEmpty() ? protests : own;
    }

    /** The crowd of a protest: its verb's subject, or that of the verb that holds it ("troops held a protest"). */
    static int crowdOf(int protest, Syntax syn) {
        int crowd = syn.child(protest, "nsubj");
        Dependency holder = syn.parent(protest);
        if (crowd < 0 && holder != null && holder.relation().equals("obj")) {
            crowd = syn.child(holder.governor(), "nsubj");
        }
        return crowd;
    }

    boolean background(int k, int protest, SentenceContext ctx, boolean arrest) {
        Syntax syn = ctx.syntax();
        if (k < 0 || protest < 0 || k >= syn.size() || protest >= syn.size()) {
            return false;
        }
        int crowd = syn.child(protest, "nsubj");
        // "the release of activists who were detained": with an arrest, a clause on people other than the crowd
        return belowChain(k, chainOf(List.of(protest), syn), syn).anyMatch(up -> marksGrievance(up, crowd, ctx)
                || arrest && up.relation().startsWith("acl") && up.governor() != crowd && up.governor() != protest);
    }

    boolean marksGrievance(Dependency up, int crowd, SentenceContext ctx) {
        String rel = up.relation().toLowerCase(Locale.ROOT);
        int g = up.governor();
        if (rel.startsWith("acl")) {
            // "protesters who threw stones", "outside a hotel where they burned tyres", "with banks set ablaze":
            // the crowd's own doing, or what went on around the protest
            Dependency noun = ctx.syntax().parent(g);
            boolean accompanying = noun != null && "with".equals(marker(noun, noun.relation().toLowerCase(Locale.ROOT), ctx));
            return g != crowd && !lex.protesterNouns.contains(ctx.lemma(g)) && !byTheCrowd(up.dependent(), crowd, ctx)
                    && !accompanying;
        }
        if (rel.startsWith("nmod")) {
            // "a march against the torching of shops"; not "protests near the summit", "nights of street violence"
            String marker = marker(up, rel, ctx);
            return marker != null && lex.grievanceBeforeNoun.contains(marker);
        }
        if (rel.startsWith("advcl") && byTheCrowd(up.dependent(), crowd, ctx)) {
            return false; // "police dispersed them after they threw stones"
        }
        if (rel.startsWith("obl") || rel.startsWith("advcl")) {
            String marker = marker(up, rel, ctx);
            Set<String> markers = rel.startsWith("obl") ? lex.grievanceBeforeNoun : lex.grievanceBeforeClause;
            return marker != null && markers.contains(marker);
        }
        return false;
    }

    /** Whether a clause's subject is the protest's crowd, protesters, or a pronoun standing for them. */
    private boolean byTheCrowd(int clause, int crowd, SentenceContext ctx) {
        int subject = ctx.syntax().child(clause, "nsubj");
        return subject >= 0 && (subject == crowd || lex.protesterNouns.contains(ctx.lemma(subject))
                || "PRP".equals(ctx.syntax().token(subject).pos()));
    }

    /** The preposition or subordinator of a dependent: from an enhanced relation ("obl:against") or its own child. */
    private static String marker(Dependency up, String rel, SentenceContext ctx) {
        int colon = rel.indexOf(':');
        if (colon > 0 && !rel.endsWith(":relcl") && !rel.endsWith(":poss") && !rel.endsWith(":tmod")
                && !rel.endsWith(":npmod")) {
            return rel.substring(colon + 1);
        }
        int m = ctx.syntax().child(up.dependent(), "case", "mark");
        return m < 0 ? null : ctx.lemma(m);
    }
}
