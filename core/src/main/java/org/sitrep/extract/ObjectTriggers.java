package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.common.Tsv;
import org.sitrep.model.Dependency;
import org.sitrep.model.Frame;
import org.sitrep.model.Status;

/**
 * Events told by a verb together with its object (lexicon/object-triggers.tsv): "blocked the Lagos-Ibadan
 * expressway", "burned two trucks", "dispersed some 300 traders", "members of a gang handed out food parcels"; or
 * with its subject (lexicon/subject-triggers.tsv): "reinforcements ... arrived". The object is read from the parse, so a long name between verb and noun does not hide it, as it would from a phrase
 * with "...". Read only in a sentence where no ordinary trigger survived, so it never adds a second event; the status
 * and plausibility checks of ordinary triggers apply. Stateless.
 */
final class ObjectTriggers {
    /** Who must do the act for it to be an event (column doer). */
    enum Doer { PEOPLE, ARMED, UNARMED, CROWD }

    private record Row(String object, Frame frame, Doer doer) {
    }

    /** How many tokens either side of the verb the selector looks for the object, before any parse. */
    private static final int WINDOW = 12;

    private final Lexicon lex = Lexicon.get();
    private final StatusReader statuses = new StatusReader();
    private final Plausibility plausibility = new Plausibility();
    private final Map<String, List<Row>> byVerb;
    /** Verbs that report an event with a certain subject (lexicon/subject-triggers.tsv): verb to subject and frame. */
    private final Map<String, Map<String, Frame>> bySubject;

    ObjectTriggers() {
        Map<String, List<Row>> rows = new HashMap<>();
        for (Tsv.Row r : Tsv.read("/lexicon/object-triggers.tsv", 4)) {
            Doer doer = Doer.valueOf(r.get(3).trim().toUpperCase(Locale.ROOT));
            rows.computeIfAbsent(r.get(0).trim(), k -> new ArrayList<>())
                    .add(new Row(r.get(1).trim(), Frame.valueOf(r.get(2).trim()), doer));
        }
        rows.replaceAll((k, v) -> List.copyOf(v));
        byVerb = Map.copyOf(rows);
        Map<String, Map<String, Frame>> subjects = new HashMap<>();
        for (Tsv.Row r : Tsv.read("/lexicon/subject-triggers.tsv", 3)) {
            subjects.computeIfAbsent(r.get(0), k -> new HashMap<>()).put(r.get(1), Frame.valueOf(r.get(2)));
        }
        subjects.replaceAll((k, v) -> Map.copyOf(v));
        bySubject = Map.copyOf(subjects);
    }

    /** Whether a sentence may report such an event, before any parse: a listed verb with a fitting noun near it. */
    boolean mayReport(List<String> words, List<String> lemmas) {
        for (int i = 0; i < lemmas.size(); i++) {
            Map<String, Frame> subjects = bySubject.get(lemmas.get(i));
            for (int j = Math.max(0, i - WINDOW); subjects != null && j < Math.min(lemmas.size(), i + 1 + WINDOW); j++) {
                if (subjects.containsKey(lemmas.get(j))) {
                    return true;
                }
            }
            List<Row> rows = byVerb.get(lemmas.get(i));
            if (rows == null) {
                continue;
            }
            // the object follows the verb, or stands before it as the subject of a passive ("the homes were burned")
            for (int j = Math.max(0, i - WINDOW); j < Math.min(lemmas.size(), i + 1 + WINDOW); j++) {
                String noun = lemmas.get(j);
                String word = words.get(j);
                if (rows.stream().anyMatch(r -> fits(r.object(), noun) || fits(r.object(), word)
                        || r.object().equals("@armed") && (armedWord(noun) || lex.factionNouns.contains(noun))
                        || r.object().equals("@name") && (lex.crowdNouns.contains(noun) || lex.crowdNouns.contains(word)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The events of a sentence in which no ordinary trigger survived. */
    List<Trigger> find(SentenceContext ctx) {
        Syntax syn = ctx.syntax();
        List<Trigger> out = new ArrayList<>();
        for (int v = 0; v < syn.size(); v++) {
            if (!syn.token(v).pos().startsWith("VB")) {
                continue;
            }
            Frame bySubjectFrame = subjectFrame(ctx, v);
            if (bySubjectFrame != null) {
                accept(ctx, bySubjectFrame, v).ifPresent(out::add);
                continue;
            }
            List<Row> rows = byVerb.get(ctx.lemma(v));
            if (rows == null) {
                continue;
            }
            for (Row r : rows) {
                if (hasObject(ctx, v, r.object()) && doerFits(ctx, v, r.doer())) {
                    accept(ctx, r.frame(), v).ifPresent(out::add);
                    break;
                }
            }
        }
        return out;
    }

    /** The frame a verb reports with its subject ("reinforcements ... arrived"), or null. */
    private Frame subjectFrame(SentenceContext ctx, int verb) {
        Map<String, Frame> subjects = bySubject.get(ctx.lemma(verb));
        if (subjects == null) {
            return null;
        }
        Syntax syn = ctx.syntax();
        for (Dependency d : syn.children(verb)) {
            if (!(d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"))) {
                continue;
            }
            Frame f = subjects.get(ctx.lemma(d.dependent()));
            for (Dependency c : syn.children(d.dependent())) {
                if (f == null && c.relation().startsWith("conj")) {
                    f = subjects.get(ctx.lemma(c.dependent()));
                }
            }
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private boolean hasObject(SentenceContext ctx, int verb, String object) {
        Syntax syn = ctx.syntax();
        int agent = syn.child(verb, "obl:agent");
        if (object.equals("@crowd") && agent >= 0 && armed(ctx, agent)) {
            return true; // "... were dispersed by police": whoever police disperse is a crowd, however it is named
        }
        for (Dependency d : syn.children(verb)) {
            if (!(d.relation().equals("obj") || d.relation().equals("nsubj:pass") || countAsPreposition(syn, d))) {
                continue;
            }
            if (fits(ctx, object, d.dependent())) {
                return true;
            }
            // "burned the main house, a bulldozer and three tractors": any conjunct of the object
            for (Dependency c : syn.children(d.dependent())) {
                if (c.relation().startsWith("conj") && fits(ctx, object, c.dependent())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "dispersed about 180 laborers" parsed as "about" a preposition: a counted noun under obl:about or obl:around. */
    private static boolean countAsPreposition(Syntax syn, Dependency d) {
        return (d.relation().equals("obl:about") || d.relation().equals("obl:around"))
                && syn.child(d.dependent(), "nummod") >= 0;
    }

    /** Whether the noun at {@code noun} is of the object class; its lemma or its word ("people", lemma "person"). */
    private boolean fits(SentenceContext ctx, String object, int noun) {
        if (object.equals("@name")) {
            return ctx.syntax().token(noun).pos().startsWith("NNP");
        }
        if (object.equals("@armed")) {
            String l = ctx.lemma(noun);
            return armedWord(l) || lex.factionNouns.contains(l) || ctx.syntax().token(noun).pos().startsWith("NNP");
        }
        return fits(object, ctx.lemma(noun)) || fits(object, ctx.words().get(noun));
    }

    private boolean fits(String object, String lemma) {
        return switch (object) {
            case "@property" -> lex.propertyTargets.contains(lemma);
            case "@crowd" -> lex.crowdNouns.contains(lemma) || lex.protesterNouns.contains(lemma);
            case "@faction" -> lex.factionNouns.contains(lemma);
            case "@person" -> lex.peopleNouns.containsKey(lemma) && lex.peopleNouns.get(lemma).victim();
            default -> object.equals(lemma);
        };
    }

    private boolean doerFits(SentenceContext ctx, int verb, Doer doer) {
        int subject = doerOf(ctx.syntax(), verb);
        if (doer == Doer.PEOPLE) {
            return subject < 0 || people(ctx, subject); // "the houses were burned"; not "a blaze burned 40 homes"
        }
        if (doer == Doer.CROWD) {
            // "workers blocked the N12": only a crowd's act makes a named road's blocking a protest
            return subject >= 0 && (lex.crowdNouns.contains(ctx.lemma(subject)) || lex.crowdNouns.contains(ctx.words().get(subject))
                    || lex.protesterNouns.contains(ctx.lemma(subject)));
        }
        boolean armed = subject >= 0 && armed(ctx, subject);
        return doer == Doer.ARMED ? armed : !armed;
    }

    /**
     * Who does the act: the verb's subject; for a participle under a noun ("photos of gang members handing out
     * food") that noun; for the second verb of a pair without a subject of its own, the first verb's subject.
     */
    private static int doerOf(Syntax syn, int verb) {
        int subject = syn.child(verb, "nsubj");
        if (subject >= 0) {
            return subject;
        }
        Dependency up = syn.parent(verb);
        if (up == null) {
            return -1;
        }
        if (up.relation().startsWith("acl") && syn.token(up.governor()).pos().startsWith("NN")) {
            return up.governor();
        }
        return up.relation().startsWith("conj") ? syn.child(up.governor(), "nsubj") : -1;
    }

    /**
     * An armed or criminal group or its members: "cartel gunmen", "soldiers", "police", "armed men", "members of
     * the Gulf Cartel", "members of the FARC dissidents".
     */
    private boolean armed(SentenceContext ctx, int noun) {
        Syntax syn = ctx.syntax();
        if (armedWord(ctx.lemma(noun))) {
            return true;
        }
        boolean member = lex.membershipNouns.contains(ctx.lemma(noun));
        for (Dependency d : syn.children(noun)) {
            String l = ctx.lemma(d.dependent());
            String rel = d.relation();
            if (rel.equals("amod") && lex.armedAdjectives.contains(l)) {
                return true;
            }
            boolean inName = rel.startsWith("compound") || rel.startsWith("nmod");
            if (inName && (armedWord(l) || member && syn.token(d.dependent()).pos().startsWith("NNP"))) {
                return true;
            }
        }
        return false;
    }

    /** People or a group of them: a people or crowd noun, a member, a pronoun or a name ("unknown men", "they"). */
    private boolean people(SentenceContext ctx, int noun) {
        String l = ctx.lemma(noun);
        String pos = ctx.syntax().token(noun).pos();
        return lex.peopleNouns.containsKey(l) || lex.crowdNouns.contains(l) || lex.membershipNouns.contains(l)
                || lex.criminalAffiliation.contains(l) || pos.equals("PRP") || pos.startsWith("NNP");
    }

    private boolean armedWord(String lemma) {
        PeopleGroup g = lex.peopleNouns.get(lemma);
        return lex.criminalAffiliation.contains(lemma) || g == PeopleGroup.COMBATANT;
    }

    private Optional<Trigger> accept(SentenceContext ctx, Frame frame, int head) {
        if (ctx.sentence().times().stream().anyMatch(tx -> tx.firstToken() <= head && head <= tx.lastToken())) {
            return Optional.empty();
        }
        Optional<Status> st = statuses.status(ctx, head);
        if (st.isEmpty()) {
            return Optional.empty();
        }
        Trigger t = new Trigger(frame, head, head + 1, head, st.get());
        return plausibility.plausible(t, ctx) ? Optional.of(t) : Optional.empty();
    }
}
