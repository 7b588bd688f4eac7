package org.sitrep.extract;

import org.sitrep.model.Dependency;
import org.sitrep.model.Frame;
import org.sitrep.model.Status;

/**
 * A protest given as the purpose of what a crowd did took place: "farmers drove tractors into the capital to
 * protest against the levy", "residents gathered outside the town hall to demonstrate". The purpose infinitive
 * alone reads as planned ("dropped leaflets to force militants to surrender"), but a crowd that went out, marched,
 * blocked or occupied to protest was protesting by doing so. Only a finite past governor counts (the act took
 * place), never one that states an intent, a threat or a claim ("planned to demonstrate"); the parser's complement
 * reading counts only under what crowds do (crowd-acts.tsv, gathering-verbs.tsv), so "urged members to protest"
 * stays planned.
 * Stateless.
 */
final class ProtestPurpose {
    private final Lexicon lex = Lexicon.get();

    /** The status of a protest trigger at {@code head}, given the status read from its clauses. */
    Status status(SentenceContext ctx, Frame frame, int head, Status read) {
        if (frame != Frame.PROTEST || read != Status.PLANNED) {
            return read;
        }
        Syntax syn = ctx.syntax();
        Dependency up = syn.parent(head);
        if (up == null || !syn.hasChild(head, "mark", "to")) {
            return read;
        }
        int gov = up.governor();
        String govLemma = syn.token(gov).lemma().toLowerCase();
        boolean statedAim = lex.intentWords.contains(govLemma) || lex.threatWords.contains(govLemma)
                || lex.allegingVerbs.contains(govLemma) || lex.speech.containsKey(govLemma);
        // a purpose clause of any past act; a complement only of what crowds do ("urged members to protest" stays planned)
        boolean purpose = up.relation().startsWith("advcl")
                || up.relation().startsWith("xcomp") && (lex.crowdActs.contains(govLemma) || gathering(ctx, gov));
        return purpose && StatusReader.pastFinite(syn, gov) && !statedAim ? Status.OCCURRED : read;
    }

    private boolean gathering(SentenceContext ctx, int gov) {
        return lex.gatheringVerbs.find(ctx.lemmas(), ctx.words()).stream().anyMatch(m -> m.start() <= gov && gov < m.end());
    }
}
