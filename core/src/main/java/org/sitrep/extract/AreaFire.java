package org.sitrep.extract;

import java.util.Map;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Dependency;
import org.sitrep.model.Frame;

/**
 * Fire aimed at an area rather than at a party that fights back: "forces fired machine guns at residential
 * neighbourhoods of the city", "the army fired at the surrounding hills with mortars". ACLED's armed clash
 * needs two armed sides engaging; one-sided fire from a distance on a village, a district or farmland that
 * harms no one is its shelling/artillery/missile attack, whatever the weapons. The target is the fire verb's
 * "at"/"on"/"towards" phrase, headed by a place kind (place-kinds.tsv), open ground (open-ground.tsv) or a
 * direction (directions.tsv: "at the east of the town"), or a direction with its place ("south of the market").
 */
final class AreaFire {
    private static final int MAX_UP = 3;

    private final Lexicon lex = Lexicon.get();

    /** Whether the group's fire hit no one and was aimed at an area. */
    boolean atArea(EventGrouper.Group group, SentenceContext ctx, Map<CountRole, Count> counts) {
        boolean harmed = counts.values().stream().anyMatch(c -> c.value() == null || c.value() != 0);
        if (harmed) {
            return false;
        }
        for (Trigger t : group.triggers()) {
            if (t.frame() != Frame.GUNFIRE && t.frame() != Frame.SHELL) {
                continue;
            }
            int verb = fireVerb(t.head(), ctx);
            if (verb >= 0 && areaTarget(verb, ctx)) {
                return true;
            }
        }
        return false;
    }

    /** The verb "fire" that is the trigger or governs it ("fired 12.7mm machine guns and mortars at"), or -1. */
    private static int fireVerb(int k, SentenceContext ctx) {
        for (int c = k, n = 0; c >= 0 && n <= MAX_UP; n++) {
            if ("fire".equals(ctx.lemma(c)) && ctx.syntax().token(c).pos().startsWith("VB")) {
                return c;
            }
            Dependency up = ctx.syntax().parent(c);
            if (up == null || !(up.relation().startsWith("obj") || up.relation().startsWith("conj")
                    || up.relation().startsWith("compound") || c == k && up.relation().startsWith("obl"))) {
                return -1;
            }
            c = up.governor();
        }
        return -1;
    }

    /**
     * Whether the fire verb, or an adjective or adverb it governs ("fired machine guns, assumedly heavy, at X"),
     * aims at an area: an "at"/"on"/"towards" phrase headed by a place kind, open ground or a direction ("at the
     * east of X"), or a direction with its "of" place ("fired mortars south of the market").
     */
    private boolean areaTarget(int verb, SentenceContext ctx) {
        if (aimsAtArea(verb, ctx)) {
            return true;
        }
        for (Dependency d : ctx.syntax().children(verb)) {
            // the parser may hang the aim on a weapon object ("fired mortars and sniper shots at villages") or on
            // a modifier between ("fired machine guns, assumedly heavy, at X")
            String r = d.relation();
            boolean between = r.startsWith("obj") || r.startsWith("xcomp") || r.startsWith("advmod") || r.equals("dep");
            if (between && !ctx.syntax().token(d.dependent()).pos().startsWith("VB") && aimsAtArea(d.dependent(), ctx)) {
                return true;
            }
        }
        return false;
    }

    private boolean aimsAtArea(int word, SentenceContext ctx) {
        if (lex.directions.contains(ctx.lemma(word)) && ctx.syntax().child(word, "obl:of", "nmod:of") >= 0) {
            return true; // "fired machine guns south of the market"
        }
        for (Dependency d : ctx.syntax().children(word)) {
            if (!d.relation().startsWith("obl") && !d.relation().startsWith("nmod")) {
                continue;
            }
            int target = d.dependent();
            int mark = ctx.syntax().child(target, "case");
            String prep = mark < 0 ? "" : ctx.lemma(mark);
            if (!(prep.equals("at") || prep.equals("on") || prep.startsWith("toward"))) {
                continue;
            }
            if (area(target, ctx)) {
                return true;
            }
            // "at the X and Y areas of the city": the last conjunct carries the kind
            for (Dependency c : ctx.syntax().children(target)) {
                if (c.relation().startsWith("conj") && area(c.dependent(), ctx)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean area(int word, SentenceContext ctx) {
        String head = ctx.lemma(word);
        return lex.placeKinds.contains(head) || lex.openGround.contains(head) || lex.directions.contains(head)
                || lex.placeKinds.contains(singular(head)) || lex.openGround.contains(singular(head));
    }

    private static String singular(String w) {
        return w.endsWith("s") && !w.endsWith("ss") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }
}
