package org.sitrep.extract;

/** Whether a trigger tells a hold kept on a place over a span of time rather than the day's event. */
final class StandingStates {
    private final Lexicon lex = Lexicon.get();

    /**
     * A hold kept on a place (standing-states.tsv) told in the perfect with a span of time: "has besieged the town
     * for more than a year", "have blockaded the port for months".
     */
    boolean told(Trigger t, SentenceContext ctx) {
        Syntax syn = ctx.syntax();
        for (int i = t.start(); i < t.end(); i++) {
            if (!lex.standingStates.contains(ctx.lemma(i)) || !syn.token(i).pos().equals("VBN")
                    || !syn.hasChild(i, "aux", "have")) {
                continue;
            }
            int span = syn.child(i, "obl:for");
            if (span >= 0 && "DURATION".equals(syn.token(span).ner())) {
                return true;
            }
        }
        return false;
    }
}
