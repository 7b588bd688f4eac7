package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Dependency;
import org.sitrep.model.EventType;
import org.sitrep.model.Frame;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Sentence;

/**
 * What the sentences after a protest's own tell of its crowd's conduct. ACLED codes one event per demonstration
 * however many sentences the report takes: a protest whose demonstrators go on to attack people or property in the
 * next sentences ("Dockers rallied at the port gates. The marchers later stoned a customs van.") is a violent
 * demonstration. Violence is the crowd's when the doer of a violent act (`lexicon/protest-violence.tsv`, or a
 * violent-crowd cue) is a demonstrator, rioter or crowd noun, the protest's own people, or "they".
 */
final class ProtestSequel {
    private static final EventType VIOLENT = new EventType("Riots", "Violent demonstration");
    private static final EventType INTERVENTION = new EventType("Protests", "Protest with intervention");

    private final Lexicon lex = Lexicon.get();

    /** The type of a protest once the sentences after it are read; any other type is returned as it is. */
    EventType of(EventType t, MentionDraft d, List<Sentence> after) {
        boolean calm = "Peaceful protest".equals(t.subEventType()) || "Protest with intervention".equals(t.subEventType());
        if (!calm) {
            return t;
        }
        for (Sentence s : after) {
            if (crowdViolence(s, d.actor1())) {
                return VIOLENT;
            }
        }
        if ("Peaceful protest".equals(t.subEventType())
                && after.stream().anyMatch(s -> intervention(s, d.actor1()))) {
            return INTERVENTION;
        }
        return t;
    }

    /**
     * Whether a sentence tells the authorities stepping in at the protest: an intervention cue ("police dispersed the
     * marchers") or the crowd's people arrested ("police held a dozen of the dockers"), neither denied ("did not
     * intervene") nor placed after the protest ("a student was held after the march", "were picked up later").
     */
    private boolean intervention(Sentence s, ActorRef crowd) {
        Syntax syn = new Syntax(s);
        List<String> lemmas = SentenceContext.lowerLemmas(s);
        if (lemmas.stream().anyMatch(lex.sequelWords::contains)) {
            return false;
        }
        for (PhraseMatcher.Match<Cue> m : lex.cues.find(lemmas, SentenceContext.lowerWords(s))) {
            if (m.value() == Cue.INTERVENTION && !denied(syn, m.start())) {
                return true;
            }
        }
        for (PhraseMatcher.Match<Frame> m : lex.triggers.find(lemmas, SentenceContext.lowerWords(s))) {
            Dependency up = syn.parent(m.start());
            if (m.value() != Frame.ARREST || denied(syn, m.start()) || up != null && up.relation().startsWith("acl")) {
                // "demanded the release of activists who were detained at earlier rallies": a grievance, not this protest's
                continue;
            }
            for (Dependency dep : syn.children(m.start())) {
                int p = dep.dependent();
                boolean counted = syn.token(p).isNumber() || syn.child(p, "nummod") >= 0;
                if (arrested(syn, m.start(), dep) && (crowdWord(syn, p, crowd) || counted || backReference(syn, p))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a dependent of an arrest verb names who was arrested: its object or passive subject, the subject of a
     * headline's bare participle ("14 arrested for defying the curfew"), or a counted noun before the verb however
     * the parser hung it ("Around 12 people were arrested", read as "around" a place), never its agent.
     */
    private static boolean arrested(Syntax syn, int verb, Dependency dep) {
        String r = dep.relation();
        if (r.equals("nsubj:pass") || r.equals("obj")) {
            return true;
        }
        boolean bareParticiple = syn.token(verb).pos().equals("VBN") && syn.child(verb, "aux") < 0
                && syn.child(verb, "aux:pass") < 0;
        if (r.equals("nsubj")) {
            return bareParticiple;
        }
        int p = dep.dependent();
        boolean counted = syn.token(p).isNumber() || syn.child(p, "nummod") >= 0;
        return r.startsWith("obl") && !r.equals("obl:agent") && !r.equals("obl:by") && p < verb && counted;
    }

    /** "the group", "the crowd": a collective noun with the definite article points back to the protest's people. */
    private boolean backReference(Syntax syn, int i) {
        int det = syn.child(i, "det");
        return det >= 0 && syn.token(det).word().equalsIgnoreCase("the") && lex.collectiveNouns.contains(lemma(syn, i));
    }

    /** "did not intervene", "no one was arrested": a negator on the word. */
    private boolean denied(Syntax syn, int k) {
        for (Dependency dep : syn.children(k)) {
            String w = syn.token(dep.dependent()).word().toLowerCase(Locale.ROOT);
            if ((dep.relation().equals("advmod") || dep.relation().equals("neg") || dep.relation().startsWith("nsubj")
                    || dep.relation().equals("det")) && lex.negators.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence tells a violent act whose doer is the protest's crowd. */
    private boolean crowdViolence(Sentence s, ActorRef crowd) {
        Syntax syn = new Syntax(s);
        List<String> lemmas = SentenceContext.lowerLemmas(s);
        for (PhraseMatcher.Match<Cue> m : lex.cues.find(lemmas, SentenceContext.lowerWords(s))) {
            for (int k = m.start(); k < m.end() && m.value() == Cue.VIOLENT_CROWD; k++) {
                if (byTheCrowd(syn, k, crowd)) {
                    return true;
                }
            }
        }
        for (int k = 0; k < lemmas.size(); k++) {
            if (lex.protestViolence.contains(lemmas.get(k)) && byTheCrowd(syn, k, crowd)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the active subject (or that of the verb it completes: "tried to storm") or the passive agent of token k
     * names the crowd, and the act was not done to it
     * ("the nurses were beaten by a crowd loyal to the mayor": the protest's people are harmed, not harming).
     */
    private boolean byTheCrowd(Syntax syn, int k, ActorRef crowd) {
        for (Dependency dep : syn.children(k)) {
            boolean patient = dep.relation().equals("nsubj:pass") || dep.relation().equals("obj");
            if (patient && demonstrators(syn, dep.dependent(), crowd)) {
                return false;
            }
        }
        for (Dependency dep : syn.children(k)) {
            // "later they tried to storm the office": the subject of the verb the act completes is its doer too
            boolean doer = dep.relation().equals("nsubj") || dep.relation().equals("nsubj:xsubj")
                    || dep.relation().equals("obl:agent") || dep.relation().equals("obl:by");
            if (doer && crowdWord(syn, dep.dependent(), crowd)) {
                return true;
            }
        }
        return false;
    }

    /** The protest's own people named as such: a demonstrator noun, its own head word, or "they". */
    private boolean demonstrators(Syntax syn, int i, ActorRef crowd) {
        String lemma = lemma(syn, i);
        String word = syn.token(i).word().toLowerCase(Locale.ROOT);
        String own = crowd == null || crowd.head() == null ? null : crowd.head().toLowerCase(Locale.ROOT);
        return lex.protesterNouns.contains(lemma) || lex.pluralPronouns.contains(word)
                || own != null && (own.equals(word) || own.equals(lemma));
    }

    /** The protest's own people, or any crowd: a rioter or crowd noun as well. */
    private boolean crowdWord(Syntax syn, int i, ActorRef crowd) {
        String lemma = lemma(syn, i);
        String word = syn.token(i).word().toLowerCase(Locale.ROOT);
        return demonstrators(syn, i, crowd) || lex.rioterNouns.contains(lemma) || lex.crowdNouns.contains(lemma)
                || lex.crowdNouns.contains(word);
    }

    private static String lemma(Syntax syn, int i) {
        String l = syn.token(i).lemma();
        return (l == null ? syn.token(i).word() : l).toLowerCase(Locale.ROOT);
    }
}
