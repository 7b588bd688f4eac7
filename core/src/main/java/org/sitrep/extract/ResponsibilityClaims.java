package org.sitrep.extract;

import org.sitrep.model.Dependency;

/** Whether a sentence that claims an attack tells that attack here or names one told elsewhere. */
final class ResponsibilityClaims {
    /**
     * A claim that tells its attack here rather than naming one told elsewhere: "militants claimed an attack on a
     * village" (an indefinite or counted noun the claim verb takes), "the group claimed to have attacked a base" (the
     * attack a verb under the claim). "claimed the attack" and "claimed responsibility for Sunday's bombing" refer back.
     */
    boolean toldHere(EventGrouper.Group group, SentenceContext ctx) {
        if (!ctx.cues().contains(Cue.RESPONSIBILITY) || ctx.cues().contains(Cue.DIPLOMATIC)) {
            return false;
        }
        Syntax syn = ctx.syntax();
        for (Trigger t : group.triggers()) {
            Dependency up = syn.parent(t.head());
            if (up == null || !ctx.lemma(up.governor()).equals("claim")) {
                continue;
            }
            String pos = syn.token(t.head()).pos();
            // only an infinitive: a clause "that killed eight" may hang on the claim and still be told elsewhere
            if (pos.startsWith("VB") && up.relation().startsWith("xcomp")) {
                return true;
            }
            if (pos.startsWith("NN") && up.relation().equals("obj")) {
                int det = syn.child(t.head(), "det");
                boolean indefinite = det >= 0 && (ctx.lemma(det).equals("a") || ctx.lemma(det).equals("an"));
                if (indefinite || syn.child(t.head(), "nummod") >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
