package org.sitrep.extract;

import java.util.Map;
import org.sitrep.model.Count;
import org.sitrep.model.Dependency;
import org.sitrep.model.Frame;

/**
 * Fire aimed at an area rather than at a party that fights back: "forces fired machine guns at residential
 * neighbourhoods of the city", "the army fired at the surrounding hills with mortars". ACLED's armed clash
 * needs two armed sides engaging; one-sided fire from a distance on a village, a district or farmland that
 * harms no one is its shelling/artillery/missile attack, whatever the weapons. The target is the fire verb's
 * "at"/"on"/"towards" phrase, headed by a place kind (place-kinds.tsv) or open ground (open-ground.tsv).
 */
final class AreaFire {
    private static final int MAX_UP = 3;

    private final Lexicon lex = Lexicon.get();

    /** Whether the group's fire hit no one and was aimed at an area. */
    boolean atArea(EventGrouper.Group group, SentenceContext ctx, Map<String, Count> counts) {
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

    private boolean areaTarget(int verb, SentenceContext ctx) {
        for (Dependency d : ctx.syntax().children(verb)) {
            if (!d.relation().startsWith("obl")) {
                continue;
            }
            int target = d.dependent();
            int mark = ctx.syntax().child(target, "case");
            String prep = mark < 0 ? "" : ctx.lemma(mark);
            if (!(prep.equals("at") || prep.equals("on") || prep.startsWith("toward"))) {
                continue;
            }
            String head = ctx.lemma(target);
            if (lex.placeKinds.contains(head) || lex.openGround.contains(head)
                    || lex.placeKinds.contains(singular(head)) || lex.openGround.contains(singular(head))) {
                return true;
            }
        }
        return false;
    }

    private static String singular(String w) {
        return w.endsWith("s") && !w.endsWith("ss") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }
}
