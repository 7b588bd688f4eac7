package org.sitrep.extract;

import java.util.Map;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Dependency;
import org.sitrep.model.Frame;

/**
 * Shots fired at nothing: "soldiers leaving a wedding fired several shots into the air", "shots were fired in the air from a boat".
 * ACLED's armed clash needs two sides engaging and its attack a target; fire whose only aim is the air
 * (air-aims.tsv) and that harms no one is neither, and is coded as a strategic development ("Other"). Fire at
 * someone as well ("fired in the air and then at the crowd") keeps its type.
 */
final class AirFire {
    private final Lexicon lex = Lexicon.get();

    /** Whether every shooting of the group was aimed into the air and no one was harmed. */
    boolean intoTheAir(EventGrouper.Group group, SentenceContext ctx, Map<CountRole, Count> counts) {
        boolean harmed = counts.values().stream().anyMatch(c -> c.value() == null || c.value() != 0);
        if (harmed) {
            return false;
        }
        boolean aimed = false;
        for (Trigger t : group.triggers()) {
            if (t.frame() != Frame.GUNFIRE) {
                return false;
            }
            int verb = fireVerb(t.head(), ctx);
            if (verb < 0 || !airOnly(verb, ctx)) {
                return false;
            }
            aimed = true;
        }
        return aimed;
    }

    /**
     * The verb "fire" or "shoot" that is the trigger or takes it ("fired shots", "shots were fired"), or -1. The
     * trigger's own word counts when it is that verb ("fire at").
     */
    private int fireVerb(int k, SentenceContext ctx) {
        if (firing(k, ctx)) {
            return k;
        }
        Dependency up = ctx.syntax().parent(k);
        if (up != null && (up.relation().equals("obj") || up.relation().startsWith("nsubj:pass")) && firing(up.governor(), ctx)) {
            return up.governor();
        }
        return -1;
    }

    private boolean firing(int k, SentenceContext ctx) {
        return lex.firingVerbs.contains(ctx.lemma(k)) && ctx.syntax().token(k).pos().startsWith("VB");
    }

    /** Whether the verb's aim is the air and nothing else: no "at"/"on" target, and not joined to another shooting. */
    private boolean airOnly(int verb, SentenceContext ctx) {
        Syntax syn = ctx.syntax();
        boolean air = false;
        for (Dependency d : syn.children(verb)) {
            String r = d.relation();
            boolean target = r.equals("obl:at") || r.equals("obl:on") && rightAfter(verb, d.dependent(), syn)
                    || r.startsWith("obl:toward") && !aimedAtAir(d.dependent(), ctx);
            if (target && !when(d.dependent(), ctx)) {
                return false;
            }
            if ((r.equals("obl:in") || r.equals("obl:into") || r.startsWith("obl:toward")) && aimedAtAir(d.dependent(), ctx)) {
                air = true;
            }
            if (r.startsWith("conj") && (firing(d.dependent(), ctx) || ctx.lemma(d.dependent()).equals("attack"))) {
                return false;
            }
        }
        return air;
    }

    /**
     * Whether an "on" phrase follows the verb or its object directly, as a target does ("fired on the convoy", "fired
     * shots on the village"); "fired in the air from a boat on its rounds": where they were, not a target.
     */
    private static boolean rightAfter(int verb, int noun, Syntax syn) {
        int mark = syn.child(noun, "case");
        int obj = syn.child(verb, "obj");
        return mark == verb + 1 || obj >= 0 && mark == obj + 1;
    }

    /** "on 3 March", "at night": a time, not a target. */
    private static boolean when(int noun, SentenceContext ctx) {
        String ner = ctx.syntax().token(noun).ner();
        return "DATE".equals(ner) || "TIME".equals(ner) || "DURATION".equals(ner) || "SET".equals(ner);
    }

    private boolean aimedAtAir(int noun, SentenceContext ctx) {
        return lex.airAims.contains(ctx.lemma(noun));
    }
}
