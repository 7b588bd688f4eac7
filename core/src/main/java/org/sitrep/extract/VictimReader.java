package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Dependency;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Token;

/**
 * Reads the dead of a sentence from its parse, for the sentences where no number sits next to a fatality word:
 * "four party cadres and a police inspector were killed", "a suspected smuggler from the coast was killed after
 * exchanging fire", "gunmen shot and killed an off-duty soldier", "a trader was stabbed to death", "the body of a
 * farmer was found". The victims are the subject of a passive or intransitive fatality word, its object, or the
 * noun a participle qualifies ("1 herder killed"); each is counted from its number or singular determiner, and
 * conjoined victims are added ("five militants and one soldier were killed": 6), since the sentence states them
 * under one fatality word. The one who kills is never read. Stateless.
 */
final class VictimReader {
    private final Lexicon lex = Lexicon.get();

    /** The dead the parse names, tokens [first, last] from the first victim's phrase to the last victim. */
    record Victims(Count count, int first, int last, PeopleGroup group) {
    }

    /** The dead the parse names, or null when it names none or cannot count one of them. */
    Victims fatalities(SentenceContext ctx) {
        Syntax syn = ctx.syntax();
        List<String> lemmas = ctx.lemmas();
        for (int k = 0; k < syn.size(); k++) {
            if (!fatal(ctx, k) || unrealised(ctx, k)) {
                continue;
            }
            TreeSet<Integer> heads = new TreeSet<>();
            for (int v : victims(ctx, k)) {
                int h = besidePlace(ctx, v);
                heads.add(h);
                for (Dependency d : syn.children(h)) {
                    int c = d.dependent();
                    // "five militants and one soldier", "a commander and his son": close by, and people
                    if (d.relation().equals("conj:and") && c > h && c - h <= 8 && (person(ctx, c) || numbered(syn, c))) {
                        heads.add(c);
                    }
                }
            }
            Victims found = counted(ctx, heads);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A fatality word, or a verb of harm made one by its adverb ("fatally shot", "were fatally stabbed"). */
    private boolean fatal(SentenceContext ctx, int k) {
        return deathWord(ctx, k, lex);
    }

    /** Whether the word at k tells a death: a fatality word, or a verb of harm with a fatal adverb. */
    static boolean deathWord(SentenceContext ctx, int k, Lexicon lex) {
        if (lex.casualtyRoles.get(ctx.lemma(k)) == CountRole.FATALITIES) {
            return true;
        }
        Syntax syn = ctx.syntax();
        if (!syn.token(k).pos().startsWith("VB") || !lex.harmMannerVerbs.contains(ctx.lemma(k))) {
            return false;
        }
        for (Dependency d : syn.children(k)) {
            if (d.relation().equals("advmod") && lex.fatalAdverbs.contains(ctx.words().get(d.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /** The victim heads of the fatality word at k. */
    private List<Integer> victims(SentenceContext ctx, int k) {
        Syntax syn = ctx.syntax();
        List<Integer> out = new ArrayList<>();
        String pos = syn.token(k).pos();
        String lemma = ctx.lemma(k);
        Dependency up = syn.parent(k);
        if (pos.startsWith("VB")) {
            out.addAll(victimsOfVerb(syn, k));
            if (out.isEmpty() && pos.equals("VBN") && up != null && up.governor() >= 0 && up.governor() < k && (up.relation().equals("xcomp")
                    || up.relation().equals("dep")) && (lex.tollHedges.contains(ctx.lemma(up.governor()))
                    || up.relation().equals("xcomp") && lex.discoveryWords.contains(ctx.lemma(up.governor())))) {
                // "nine guards were reported killed": those reported died; "a man was found bound and killed": the one found
                out.addAll(victimsOfVerb(syn, up.governor()));
            }
            if (out.isEmpty() && pos.equals("VBN") && up != null && up.governor() < k && (up.relation().equals("acl")
                    || up.relation().equals("dep") && up.governor() == k - 1 && syn.token(k - 1).pos().startsWith("NN"))) {
                out.add(up.governor()); // "resulted in 8 herders killed", also when the parser leaves the participle loose
            }
            if (out.isEmpty() && pos.equals("VBN")) {
                for (Dependency d : syn.children(k)) {
                    if (d.relation().equals("dep") && d.dependent() < k && syn.token(d.dependent()).pos().startsWith("NN")) {
                        out.add(d.dependent()); // the same, parsed loosely
                    }
                }
            }
            int subject = syn.child(k, "nsubj");
            if (out.isEmpty() && up != null && up.relation().startsWith("conj") && up.governor() < k) {
                // "shot and killed a soldier" shares the object; "were kidnapped and killed" the passive subject;
                // "one was injured and the other died" has a subject of its own
                int v = up.governor();
                boolean object = syn.child(v, "obj") >= 0;
                if (object || subject < 0) {
                    out.addAll(victimsOfVerb(syn, v));
                }
            }
            if (out.isEmpty() && subject >= 0 && !pos.equals("VBG") && !passive(syn, k)
                    && (up == null || !up.relation().startsWith("conj") || ownSubject(syn, subject, up.governor()))) {
                out.add(subject); // "3 men died": a subject with no object died
            }
        } else if (lemma.equals("dead") && up != null && syn.token(up.governor()).pos().startsWith("VB")) {
            out.addAll(victimsOfVerb(syn, up.governor())); // "shot him dead", "was found dead"
        } else if (lemma.equals("death") && up != null && syn.hasChild(k, "case", "to")
                && syn.token(up.governor()).pos().startsWith("VB")) {
            out.addAll(victimsOfVerb(syn, up.governor())); // "stabbed to death"
        } else if (lex.discoveryWords.contains(lemma) && pos.startsWith("NN") && up != null
                && (up.relation().startsWith("nsubj") || up.relation().equals("obj"))) {
            // "Five bodies were found", "a woman's corpse was discovered", "dumped the body": counted below
            // (not "the government body", nor "the burial of the body")
            out.add(k);
        }
        return out;
    }

    /** The victim a name stands for: "in Goma, Nord-Kivu, a boy was killed" may be parsed with the boy as the place's apposition. */
    private int besidePlace(SentenceContext ctx, int h) {
        Syntax syn = ctx.syntax();
        int appos = syn.child(h, "appos");
        boolean named = syn.token(h).pos().startsWith("NNP") && !"PERSON".equals(syn.token(h).ner());
        return named && appos > h && !syn.token(appos).pos().startsWith("NNP") && person(ctx, appos) ? appos : h;
    }

    /**
     * Whether the subject of a joined verb is its own, not the one the parse shares from the verb it is joined to
     * ("gunmen shot and killed": the gunmen; "one man was wounded and the other died": the other).
     */
    private static boolean ownSubject(Syntax syn, int subject, int joinedTo) {
        return subject != syn.child(joinedTo, "nsubj") && subject != syn.child(joinedTo, "nsubj:pass");
    }

    /** The passive subject or the object of a verb. */
    private static List<Integer> victimsOfVerb(Syntax syn, int v) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : syn.children(v)) {
            if (d.relation().equals("nsubj:pass") || d.relation().equals("obj")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    private static boolean passive(Syntax syn, int v) {
        return syn.children(v).stream().anyMatch(d -> d.relation().startsWith("aux:pass"));
    }

    /** The sum of the heads' counts, or null when one of them cannot be counted. */
    private Victims counted(SentenceContext ctx, TreeSet<Integer> heads) {
        Syntax syn = ctx.syntax();
        if (heads.isEmpty() || heads.last() - heads.first() > 10) {
            return null; // victims far apart: the parse has joined words that are not one group
        }
        for (int h : heads) {
            if (h != heads.first() && !person(ctx, h) && !numbered(syn, h)) {
                return null; // only people are added to the first victim
            }
        }
        long total = 0;
        int first = heads.first();
        Qualifier qualifier = Qualifier.EXACT;
        for (int h : heads) {
            int[] counted = count(ctx, h);
            if (counted == null) {
                return null;
            }
            total += counted[0];
            first = Math.min(first, counted[1]);
            if (counted[2] >= 0) {
                qualifier = qualifierBefore(ctx, counted[2]);
            }
        }
        PeopleGroup group = lex.peopleNouns.get(ctx.lemma(heads.first()));
        if (group == null) {
            group = lex.personRoles.getOrDefault(ctx.lemma(heads.first()), PeopleGroup.PERSON);
        }
        return new Victims(new Count(total, qualifier, syn.text(first, heads.last())), first, heads.last(), group);
    }

    /**
     * How many people the head at h names: {value, first token of its phrase, token of its number or -1}; null
     * when it names an unknown number ("militants"), a group ("a number of fighters") or nobody.
     */
    private int[] count(SentenceContext ctx, int h) {
        Syntax syn = ctx.syntax();
        Token t = syn.token(h);
        String lemma = ctx.lemma(h);
        if (t.pos().equals("PRP")) {
            return lex.personPronouns.contains(ctx.words().get(h)) ? new int[] {1, h, -1} : null;
        }
        if (isNumber(t)) {
            Long v = QuantityReader.numberValue(ctx.sentence().tokens(), h, h); // "one of the bombers"
            return v == null || v > 100_000 ? null : new int[] {(int) (long) v, h, h};
        }
        boolean other = t.pos().startsWith("JJ") && lex.additionWords.contains(lemma); // "the other died"
        // "killed an officer and a civilian": a people noun with its article, which the tagger may read as an adjective
        boolean noun = t.pos().startsWith("NN") || t.pos().startsWith("JJ") && lex.peopleNouns.containsKey(lemma)
                && syn.child(h, "det") >= 0;
        if (!noun && !other || lex.tollNouns.contains(lemma) || lex.harmNouns.contains(lemma)) {
            return null;
        }
        int first = h;
        for (Dependency d : syn.children(h)) {
            boolean outside = d.relation().startsWith("nmod") || d.relation().startsWith("acl") || d.relation().equals("case");
            first = Math.min(first, outside ? first : d.dependent()); // "in 6 herders killed": the preposition is not theirs
        }
        int number = -1;
        for (Dependency d : syn.children(h)) {
            if (d.relation().equals("nummod") && isNumber(syn.token(d.dependent()))) {
                if (number >= 0) {
                    return null; // "killed one herder and wounded six others" parsed as one noun with two numbers
                }
                number = d.dependent();
            }
        }
        if (number >= 0) {
            Long v = QuantityReader.numberValue(ctx.sentence().tokens(), number, number);
            return v == null || v > 100_000 ? null : new int[] {(int) (long) v, Math.min(first, number), number};
        }
        boolean plural = t.pos().endsWith("S");
        boolean remains = lex.discoveryWords.contains(lemma);
        if (remains || lex.collectiveNouns.contains(lemma)) {
            // "the body of a man", "a man's body", "a family of three": whom the noun holds
            for (Dependency d : syn.children(h)) {
                if (d.relation().startsWith("nmod:of") || d.relation().startsWith("nmod:poss")) {
                    int[] inner = count(ctx, d.dependent());
                    return inner == null ? null : new int[] {inner[0], Math.min(first, inner[1]), inner[2]};
                }
            }
            if (lex.collectiveNouns.contains(lemma)) {
                return null;
            }
        }
        if (plural) {
            return null;
        }
        if (t.pos().startsWith("NNP") && t.ner() != null && !t.ner().equals("PERSON") && !t.ner().equals("O")) {
            return null; // a place or an organisation is no victim: the parse went astray
        }
        boolean determined = t.ner() != null && t.ner().equals("PERSON");
        for (Dependency d : syn.children(h)) {
            String r = d.relation();
            String w = ctx.words().get(d.dependent());
            determined |= r.equals("det") && lex.singularDeterminers.contains(w) || r.startsWith("nmod:poss");
        }
        return determined && (remains || lex.casualtyRoles.get(lemma) == null) ? new int[] {1, first, -1} : null;
    }

    /** "tried to kill", "was not killed", "was nearly lynched", "killed, injured or captured": nobody is known to be dead. */
    private boolean unrealised(SentenceContext ctx, int k) {
        List<String> lemmas = ctx.lemmas();
        if (k >= 2 && lemmas.get(k - 1).equals("to") && lex.attemptWords.contains(lemmas.get(k - 2))) {
            return true;
        }
        Syntax syn = ctx.syntax();
        for (Dependency d : syn.children(k)) {
            boolean notDone = lex.negators.contains(ctx.words().get(d.dependent()))
                    || lex.nearMissAdverbs.contains(ctx.words().get(d.dependent()).toLowerCase(java.util.Locale.ROOT));
            if (d.relation().equals("advmod") && notDone || d.relation().equals("conj:or")) {
                return true;
            }
        }
        Dependency up = syn.parent(k);
        return up != null && up.relation().equals("conj:or");
    }

    private boolean person(SentenceContext ctx, int i) {
        String l = ctx.lemma(i);
        return lex.peopleNouns.containsKey(l) || lex.personRoles.containsKey(l) || "PERSON".equals(ctx.syntax().token(i).ner());
    }

    private static boolean numbered(Syntax syn, int i) {
        return syn.children(i).stream().anyMatch(d -> d.relation().equals("nummod") && isNumber(syn.token(d.dependent())));
    }

    private static boolean isNumber(Token t) {
        return "CD".equals(t.pos()) && (t.ner() == null || t.ner().equals("NUMBER") || t.ner().equals("O"));
    }

    private Qualifier qualifierBefore(SentenceContext ctx, int number) {
        for (PhraseMatcher.Match<Qualifier> m : lex.qualifiers.find(ctx.words(), ctx.words())) {
            if (m.end() == number) {
                return m.value();
            }
        }
        return Qualifier.EXACT;
    }
}
