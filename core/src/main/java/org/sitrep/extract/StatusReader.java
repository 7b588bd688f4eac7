package org.sitrep.extract;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.Dependency;
import org.sitrep.model.Status;

/**
 * Status and modality of a trigger from the clauses above it: negated (empty), planned ("will leave",
 * "prepared an assault", "to force militants to surrender"), a mere threat (empty: "threatened an assault"), alleged ("accused troops of shelling"),
 * denied, or occurred. A speech verb's clause keeps its own tense.
 */
final class StatusReader {
    private final Lexicon lex = Lexicon.get();

    /** Empty when the trigger is negated ("did not attack", "refused to release") or only threatened. */
    Optional<Status> status(SentenceContext ctx, int head) {
        Syntax syn = ctx.syntax();
        List<Integer> denyHeads = ctx.attribution().denyHeads();
        int cur = head;
        Dependency top = syn.parent(head);
        if (syn.hasChild(head, "mark", "to") && !perfect(syn, head)
                && (top == null || syn.token(top.governor()).pos().startsWith("NN"))) {
            return Optional.of(Status.PLANNED); // a headline's "Fighters to be moved out of Zabadani"
        }
        for (int depth = 0; depth < 4 && cur >= 0; depth++) {
            for (Dependency d : syn.children(cur)) {
                String w = syn.token(d.dependent()).word().toLowerCase();
                String rel = d.relation();
                // "without fighting" (a verb's mark or a noun's case): what did not happen
                boolean negatingMark = (rel.equals("mark") || rel.equals("case")) && lex.negatingMarks.contains(w);
                if (((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && lex.negators.contains(w) || negatingMark)
                        && depth == 0) {
                    return Optional.empty();
                }
                if (rel.equals(lex.allegationModifiers.get(w)) && depth <= 1 && !(depth == 0 && people(syn, head))) {
                    return Optional.of(Status.ALLEGED);
                }
                if (rel.equals("aux") && lex.futureAuxiliaries.contains(w)) {
                    return Optional.of(Status.PLANNED);
                }
            }
            Dependency up = syn.parent(cur);
            if (up == null) {
                break;
            }
            int gov = up.governor();
            String govLemma = syn.token(gov).lemma().toLowerCase();
            if (depth == 0 && up.relation().startsWith("conj") && negatedNounsShared(syn, cur, gov)) {
                return Optional.empty(); // "no detentions or clashes followed": the "no" covers both nouns
            }
            if (depth == 0 && syn.token(cur).pos().startsWith("NN") && up.relation().equals("obj")
                    && lex.presupposingVerbs.contains(govLemma)) {
                return Optional.of(Status.OCCURRED); // "to disperse protesters": the crowd was there
            }
            if (up.relation().startsWith("advcl") && pastFinite(syn, cur)
                    && !lex.conditionMarks.stream().anyMatch(m -> syn.hasChild(up.dependent(), "mark", m))) {
                break; // "arrived to secure the area after a clash occurred": a finite past clause is a fact
            }
            if (syn.hasChild(cur, "mark", "to") && perfect(syn, cur)) {
                cur = gov; // "claimed to have attacked", "is said to have fled": a perfect infinitive reports the past
                continue;
            }
            if (denyHeads.contains(gov)) {
                return Optional.of(Status.DENIED);
            }
            if (lex.allegingVerbs.contains(govLemma)) {
                return Optional.of(Status.ALLEGED); // "accused Russian troops of dropping gas grenades"
            }
            boolean attributive = attributive(syn, gov, cur);
            if (lex.threatWords.contains(govLemma) && !attributive) {
                return Optional.empty(); // "threatened them with a renewed assault": a threat, not an event
            }
            if (lex.intentWords.contains(govLemma) && !attributive) {
                return Optional.of(Status.PLANNED); // "prepared a renewed assault", "talks over a withdrawal"
            }
            if (up.relation().startsWith("xcomp") || up.relation().startsWith("advcl") || up.relation().startsWith("acl")) {
                if (lex.negatingGovernors.contains(govLemma)) {
                    return Optional.empty();
                }
                boolean infinitive = syn.hasChild(cur, "mark", "to");
                boolean beginning = lex.realGovernors.contains(syn.token(cur).lemma().toLowerCase());
                if (infinitive && (lex.realGovernors.contains(govLemma) || lex.causatives.contains(govLemma) || beginning)) {
                    cur = gov; // "forced them to flee", "entered to begin the evacuations": real if the governor is
                    continue;
                }
                if (infinitive && up.relation().startsWith("advcl")) {
                    return Optional.of(Status.PLANNED); // a purpose: "dropped ... to force militants to surrender"
                }
                if (infinitive && up.relation().startsWith("xcomp")) {
                    return Optional.of(Status.PLANNED);
                }
                if (infinitive && up.relation().startsWith("acl") && syn.token(gov).pos().startsWith("NN")) {
                    return Optional.of(Status.PLANNED); // "Fighters to be moved out of Zabadani", "an agreement to leave"
                }
            }
            if (lex.speech.containsKey(govLemma) && syn.token(gov).pos().startsWith("VB")) {
                break; // the clause of a speech verb: its own tense decides
            }
            cur = gov;
        }
        return Optional.of(Status.OCCURRED);
    }

    /**
     * A noun joined to a noun that "no" negates, with no determiner of its own: the negation is shared ("no
     * injuries or clashes"), where "no injuries but a clash" or "no arrests and some clashes" keep theirs.
     */
    private boolean negatedNounsShared(Syntax syn, int noun, int first) {
        if (!syn.token(noun).pos().startsWith("NN") || !syn.token(first).pos().startsWith("NN")
                || syn.child(noun, "det") >= 0 || syn.child(noun, "nummod") >= 0) {
            return false;
        }
        return syn.children(first).stream().anyMatch(d -> d.relation().equals("det")
                && lex.negators.contains(syn.token(d.dependent()).word().toLowerCase()));
    }

    /**
     * A verb in a finite past clause: "a clash occurred", or a passive or perfect whose auxiliary is past ("after
     * seven people were murdered", "after they had fled").
     */
    static boolean pastFinite(Syntax syn, int verb) {
        if (syn.token(verb).pos().equals("VBD")) {
            return true;
        }
        return syn.token(verb).pos().equals("VBN") && syn.children(verb).stream()
                .anyMatch(d -> d.relation().startsWith("aux") && syn.token(d.dependent()).pos().equals("VBD"));
    }

    /**
     * A trigger that names people ("gunmen" as an attack): "suspected" then qualifies who they were, not whether the
     * event happened ("suspected cartel gunmen killed six people").
     */
    private boolean people(Syntax syn, int head) {
        return lex.peopleNouns.containsKey(syn.token(head).lemma().toLowerCase());
    }

    /** A participle right before its noun, as the parser may read "fired warning shots": a modifier, not a verb. */
    private static boolean attributive(Syntax syn, int gov, int dependent) {
        return gov == dependent - 1 && syn.token(gov).pos().equals("VBG");
    }

    /** "to have attacked", "to have been killed": the infinitive's event lies before its governor. */
    private static boolean perfect(Syntax syn, int verb) {
        return syn.hasChild(verb, "aux", "have") && syn.token(verb).pos().equals("VBN");
    }
}
