package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Denial;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceRef;

/**
 * Reads who a sentence says makes its claims: the subject of a speech verb ("SANA reported", "the
 * observatory said", "..., a war monitor said"), the addressee of "told" and the agent of "was quoted
 * by", and the object of "according to". Denials ("the group denied ...") are read apart: a denier is
 * not a source of the claim.
 */
final class AttributionReader {
    private final Lexicon lex = Lexicon.get();
    private final java.util.Set<String> firstPerson = org.sitrep.common.Pronouns.of(org.sitrep.common.Pronouns.Use.SELF);

    /** The sources a sentence names, the denials it reports, and the tokens of its denying verbs. */
    record Attribution(List<SourceRef> sources, List<Denial> denials, List<Integer> denyHeads) {
        Attribution {
            sources = List.copyOf(sources);
            denials = List.copyOf(denials);
            denyHeads = List.copyOf(denyHeads);
        }
    }

    Attribution read(Sentence s, Syntax syn, List<String> lemmas, List<String> words) {
        List<SourceRef> sources = new ArrayList<>();
        List<Denial> denials = new ArrayList<>();
        List<Integer> denyHeads = new ArrayList<>();
        for (int i = 0; i < syn.size(); i++) {
            SpeechKind kind = lex.speech.get(lemmas.get(i));
            if (kind == null || !syn.token(i).pos().startsWith("VB")) {
                continue;
            }
            int active = syn.child(i, "nsubj");
            int subj = active >= 0 ? active : syn.child(i, "nsubj:pass");
            if (kind == SpeechKind.DENY) {
                int refused = syn.child(i, "obj");
                if (refused >= 0 && lex.refusalObjects.contains(lemmas.get(refused))) {
                    continue; // "denied entry to a convoy": a refusal, no denial of a report
                }
                if (subj >= 0) {
                    denial(s, syn, lemmas, i, active, subj).ifPresent(denials::add);
                    denyHeads.add(i);
                }
                continue;
            }
            if (subj < 0 && syn.child(i, "ccomp") >= 0 && syn.child(i, "ccomp") < i) {
                subj = syn.child(i, "obj"); // "..., said one official": the parser reads the inverted speaker as object
            }
            int apposed = subj >= 0 && subj < i ? speakerApposed(syn, subj, i) : -1;
            if (apposed >= 0) {
                // "..., killing 8 worshippers, a local vigilante leader said": the parser took the victims for the
                // subject and the speaker for their apposition; the speaker is the phrase right before the verb
                addSource(sources, syn, apposed);
            } else if (subj >= 0) {
                addSource(sources, syn, subj);
            } else if (!syn.token(i).pos().equals("VBG") && !syn.token(i).pos().equals("VBN")) {
                speakerBefore(syn, i).forEach(p -> sources.add(named(p)));
            } else if (syn.token(i).pos().equals("VBN") && misreadAsModifier(syn, i)) {
                // "Ukraine's military accused Russian troops of ...": a finite verb the tagger read as a participle
                int[] sp = syn.phrase(syn.parent(i).governor());
                if (sp[0] < i) {
                    sources.add(named(syn.text(sp[0], i - 1)));
                }
            }
            if (lemmas.get(i).equals("tell")) {
                int obj = syn.child(i, "obj", "iobj");
                if (obj >= 0 && syn.token(obj).pos().startsWith("NNP")) {
                    addSource(sources, syn, obj);
                }
            }
            int agent = syn.child(i, "obl:agent", "obl:by");
            if (agent >= 0) {
                addSource(sources, syn, agent);
            }
        }
        for (PhraseMatcher.Match<SpeechKind> m : lex.speechPhrases.find(lemmas, words)) {
            if (m.value() != SpeechKind.ACCORDING) {
                continue;
            }
            int end = m.end();
            while (end < words.size() && !words.get(end).equals(",") && !words.get(end).equals(".")
                    && !words.get(end).equals(";")) {
                end++;
            }
            if (end > m.end()) {
                String who = syn.text(m.end(), end - 1);
                // "according to the agreement" names a document, not a source
                if (!lex.triggers.occursIn(lemmas.subList(m.end(), end), words.subList(m.end(), end))) {
                    sources.add(named(who));
                }
            }
        }
        return new Attribution(sources, quoted(denials, sources), denyHeads);
    }

    /** A denial in the first person ("\"We deny firing any rockets,\" the group said") is the quoted speaker's. */
    private List<Denial> quoted(List<Denial> denials, List<SourceRef> sources) {
        SourceRef speaker = sources.stream().filter(r -> r.kind() != SourceRef.Kind.PRONOUN).findFirst().orElse(null);
        if (speaker == null) {
            return denials;
        }
        return denials.stream().map(d -> firstPerson.contains(d.denier().toLowerCase(java.util.Locale.ROOT))
                ? new Denial(d.sentence(), speaker.text(), d.object(), d.pointsBack()) : d).toList();
    }

    private static SourceRef named(String text) {
        return new SourceRef(text, SourceRef.Kind.NAMED);
    }

    /**
     * The noun phrase right before a speech verb the parser gave no subject, back to a comma, a clause opener
     * or another verb ("after local activists and a press office run by the rebels reported").
     */
    private List<String> speakerBefore(Syntax syn, int verb) {
        int i = verb - 1;
        while (i >= 0) {
            String w = syn.token(i).word().toLowerCase();
            String pos = syn.token(i).pos();
            boolean verbish = pos.startsWith("VB") && !pos.equals("VBN") && !pos.equals("VBG");
            if (w.equals(",") || lex.clauseOpeners.contains(w) || verbish || pos.equals("-LRB-") || w.equals("``")) {
                break;
            }
            i--;
        }
        int first = i + 1;
        if (first >= verb || !syn.token(verb - 1).pos().startsWith("NN")) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        int start = first;
        for (int k = first; k < verb; k++) {
            if (syn.token(k).word().equalsIgnoreCase("and") && k > start) {
                parts.add(syn.text(start, k - 1));
                start = k + 1;
            }
        }
        if (start < verb) {
            parts.add(syn.text(start, verb - 1));
        }
        return parts;
    }

    /**
     * The apposition of a speech verb's subject that ends right before the verb after a comma ("8 worshippers,
     * a local vigilante leader said"), or -1.
     */
    private static int speakerApposed(Syntax syn, int subj, int verb) {
        for (Dependency d : syn.children(subj)) {
            if (d.relation().equals("appos") && d.dependent() > subj) {
                int[] sp = syn.phrase(d.dependent());
                if (sp[1] == verb - 1 && sp[0] > 0 && syn.token(sp[0] - 1).word().equals(",")) {
                    return d.dependent();
                }
            }
        }
        return -1;
    }

    /** A participle the parser hung on the noun before it as a modifier ("military accused"), with no auxiliary. */
    private static boolean misreadAsModifier(Syntax syn, int verb) {
        org.sitrep.model.Dependency up = syn.parent(verb);
        if (up == null || !up.relation().equals("amod") || up.governor() <= verb) {
            return false;
        }
        for (int k = 0; k < verb; k++) {
            String l = syn.token(k).lemma().toLowerCase();
            if (syn.token(k).pos().startsWith("VB") || l.equals("be") || l.equals("have")) {
                return false;
            }
        }
        return verb > 0 && (syn.token(verb - 1).pos().startsWith("NN") || syn.token(verb - 1).pos().startsWith("JJ"));
    }

    private void addSource(List<SourceRef> sources, Syntax syn, int head) {
        String w = syn.token(head).word().toLowerCase();
        if (lex.speakerPronouns.contains(w) || syn.token(head).pos().equals("PRP")) {
            sources.add(new SourceRef(syn.token(head).word(), SourceRef.Kind.PRONOUN));
            return;
        }
        int[] sp = syn.phrase(head);
        // "the source added", "the commander said": a definite generic noun refers back
        String phrase = syn.text(sp[0], sp[1]);
        if (sp[1] - sp[0] == 1 && syn.token(sp[0]).word().equalsIgnoreCase("the")
                && !syn.token(head).pos().startsWith("NNP")) {
            sources.add(new SourceRef(phrase, SourceRef.Kind.DEFINITE));
            return;
        }
        // split "the monitor and the state agency SANA" into its conjuncts
        List<int[]> parts = new ArrayList<>();
        int start = sp[0];
        for (Dependency d : syn.children(head)) {
            if (d.relation().startsWith("conj") && d.dependent() > head) {
                int[] cp = syn.phrase(d.dependent());
                parts.add(new int[] {cp[0], cp[1]});
            }
        }
        if (parts.isEmpty()) {
            sources.add(named(phrase));
            return;
        }
        int firstEnd = parts.get(0)[0] - 1;
        while (firstEnd > start && (syn.token(firstEnd).word().equals("and") || syn.token(firstEnd).word().equals(","))) {
            firstEnd--;
        }
        sources.add(named(syn.text(start, firstEnd)));
        for (int[] p : parts) {
            sources.add(named(syn.text(p[0], p[1])));
        }
    }

    /**
     * The denial a deny verb reports. Active ("the army denied the claim"): the subject denies the object. Passive:
     * only a claim denied by someone ("the reports were denied by the ministry"); "aid agencies were denied access"
     * and "two officers were dismissed" deny nothing reported.
     */
    private Optional<Denial> denial(Sentence s, Syntax syn, List<String> lemmas, int verb, int active, int subj) {
        if (active >= 0) {
            int obj = syn.child(verb, "ccomp", "obj", "xcomp");
            return Optional.of(new Denial(s, span(syn, syn.phrase(active)), obj >= 0 ? span(syn, syn.phrase(obj)) : "",
                    obj < 0 || lex.claimAnaphors.contains(lemmas.get(obj))));
        }
        int agent = syn.child(verb, "obl:agent", "obl:by");
        if (agent < 0 || !lex.claimAnaphors.contains(lemmas.get(subj))) {
            return Optional.empty();
        }
        return Optional.of(new Denial(s, span(syn, syn.phrase(agent)), span(syn, syn.phrase(subj)), true));
    }

    private static String span(Syntax syn, int[] sp) {
        return syn.text(sp[0], sp[1]);
    }
}
