package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.CountRole;
import org.sitrep.model.Dependency;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Finds one person harmed where no numeral counts them: a determiner and a singular person noun ("a man was
 * shot dead", "killing the driver", "his son", "a gang member"), a person in "resulting in the death of a
 * bystander", and a pronoun next to a harm word ("killing him", "He later died of his wounds"). The one who
 * harms ("a gunman killed a trader") is not counted. Stateless.
 */
final class PersonReader {
    private final Lexicon lex = Lexicon.get();
    private final CountRoleReader roles = new CountRoleReader();

    /**
     * One person harmed: a determiner, modifiers and a singular person noun ("a man", "the driver", "his
     * son", "a provincial judge") with a harm word next to it ("was shot dead", "killing the soldier", "the
     * victim died"). Null for a group ("a group of fighters") or when no harm word is next to the noun.
     */
    Quantity onePerson(SentenceContext ctx, int det) {
        List<String> lemmas = ctx.lemmas();
        List<Token> toks = ctx.sentence().tokens();
        int noun = -1;
        PeopleGroup group = null;
        for (int j = det + 1; j < Math.min(toks.size(), det + 6); j++) {
            String l = lemmas.get(j);
            if (lex.collectiveNouns.contains(l) && !(j + 1 < toks.size() && isPersonNoun(lemmas.get(j + 1)))) {
                return null; // "a group of fighters", "a number of soldiers": not one ("a gang member" is)
            }
            String pos = toks.get(j).pos();
            boolean singular = pos.equals("NN") || pos.equals("NNP");
            // a people noun in any singular tag ("a civilian" may be tagged an adjective); a role only as a noun
            PeopleGroup g = lex.peopleNouns.containsKey(l) && !pos.startsWith("NNS") && !pos.equals("NNPS")
                    ? lex.peopleNouns.get(l) : singular ? lex.personRoles.get(l) : null;
            if (g != null) {
                noun = j;
                group = g;
                // "a police officer", "the taxi driver": the last noun of the compound
                while (noun + 1 < toks.size() && toks.get(noun + 1).pos().equals("NN")
                        && (lex.peopleNouns.containsKey(lemmas.get(noun + 1)) || lex.personRoles.containsKey(lemmas.get(noun + 1)))) {
                    noun++;
                }
                break;
            }
            boolean modifier = pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("VBN") || pos.equals("HYPH")
                    || pos.equals("POS") || l.equals("-");
            if (!modifier) {
                return null;
            }
        }
        boolean of = det > 1 && ctx.words().get(det - 1).equals("of");
        boolean deathOf = of && lex.harmNouns.contains(ctx.lemmas().get(det - 2));
        // "the killing of a man", "the body of a man": the noun before gives the role
        boolean ofHarm = of && lex.casualtyRoles.containsKey(ctx.lemmas().get(det - 2))
                && toks.get(det - 2).pos().startsWith("NN");
        if (noun < 0 || deathOf && !resultBefore(ctx, det - 2)) {
            return null; // "the death of a nurse" names a death, not this event's toll ("the body of a man" is one;
                         // so is "resulting in the death of a bystander")
        }
        // "a party official and activist": one person named by two nouns
        if (noun + 2 < toks.size() && ctx.words().get(noun + 1).equals("and") && toks.get(noun + 2).pos().equals("NN")
                && isPersonNoun(lemmas.get(noun + 2))) {
            noun += 2;
        }
        // "a farmer and his brother": each conjoined singular person is one more
        long people = 1;
        int last = noun;
        while (last + 2 < toks.size() && ctx.words().get(last + 1).equals("and")
                && lex.singularDeterminers.contains(ctx.words().get(last + 2))) {
            int next = personNounAfter(ctx, last + 2);
            if (next < 0) {
                break;
            }
            people++;
            last = next;
        }
        Sentence s = ctx.sentence();
        String text = s.text().substring(toks.get(det).begin() - s.begin(), toks.get(last).end() - s.begin());
        Quantity one = new Quantity(det, det + 1, people, Qualifier.EXACT, text, group, last + 1, false);
        CountRole role = ofHarm ? lex.casualtyRoles.get(ctx.lemmas().get(det - 2)) : roles.role(one, ctx, true);
        int verb = pastPhrase(ctx, last + 1);
        if (role == null && verb > 0) {
            // "a teacher of the local school was shot", "a man from the village died": past the phrase
            role = roles.role(new Quantity(det, det + 1, people, Qualifier.EXACT, text, group, verb, false), ctx, true);
        }
        if (role != null && !ofHarm && agent(ctx, last + 1)) {
            return null; // "a gunman killed a trader": the one who kills, not one killed
        }
        boolean indefinite = ctx.words().get(det).equals("a") || ctx.words().get(det).equals("an");
        // "an official was arrested" undergoes the arrest; "an officer arrested ..." makes it
        boolean passive = last + 2 < toks.size() && lemmas.get(last + 1).equals("be") && toks.get(last + 2).pos().equals("VBN");
        // "a man was arrested" counts one detainee as before; "the" and "his" only when harmed
        if (role == null || !indefinite && !role.harm()
                || indefinite && group == PeopleGroup.OFFICIAL && !role.harm() && !passive) {
            return null;
        }
        return one;
    }

    /**
     * One person a pronoun stands for, harmed by the fatality or injury word right before ("killing him") or
     * after it ("He later died of his wounds", "she was shot dead"); null otherwise.
     */
    Quantity pronounPerson(SentenceContext ctx, int i) {
        List<String> lemmas = ctx.lemmas();
        List<Token> toks = ctx.sentence().tokens();
        CountRole role = null;
        if (i > 0 && toks.get(i - 1).pos().startsWith("VB")) {
            role = lex.casualtyRoles.get(lemmas.get(i - 1)); // "killing him"
        }
        if (role == null && i + 1 < toks.size() && lex.casualtyRoles.containsKey(lemmas.get(i + 1))
                && !toks.get(i + 1).pos().startsWith("VB")) {
            role = lex.casualtyRoles.get(lemmas.get(i + 1)); // "shot him dead"
        }
        if (role == null) {
            int k = i + 1;
            while (k < toks.size() && toks.get(k).pos().startsWith("RB")) {
                k++;
            }
            boolean passive = k < toks.size() && lemmas.get(k).equals("be");
            if (passive) {
                k++;
                while (k < toks.size() && toks.get(k).pos().startsWith("RB")) {
                    k++;
                }
            }
            // "he died", "she was killed"; not "he killed three people", where he is the killer
            if (k < toks.size() && toks.get(k).pos().startsWith("VB") && (passive ? toks.get(k).pos().equals("VBN")
                    : ctx.syntax().child(k, "obj") < 0)) {
                role = lex.casualtyRoles.get(lemmas.get(k));
            }
        }
        if (role == null || !role.harm()) {
            return null;
        }
        return new Quantity(i, i + 1, 1L, Qualifier.EXACT, toks.get(i).word(), PeopleGroup.PERSON, i + 1, false);
    }

    /** Whether the verb at {@code k} (adverbs skipped) is active and has an object: its subject acts on someone. */
    private static boolean agent(SentenceContext ctx, int k) {
        List<Token> toks = ctx.sentence().tokens();
        while (k < toks.size() && toks.get(k).pos().startsWith("RB")) {
            k++;
        }
        if (k >= toks.size()) {
            return false;
        }
        String pos = toks.get(k).pos();
        return pos.startsWith("VB") && !pos.equals("VBN") && !pos.equals("VBG") && ctx.syntax().child(k, "obj") >= 0;
    }

    private boolean isPersonNoun(String lemma) {
        return lex.peopleNouns.containsKey(lemma) || lex.personRoles.containsKey(lemma);
    }

    /**
     * Whether a result word comes shortly before the harm noun at {@code harm} ("resulting in the death of"), or governs
     * it in the parse ("led to the loss of a truck and the killing of a guard").
     */
    private boolean resultBefore(SentenceContext ctx, int harm) {
        Dependency up = ctx.syntax().parent(harm);
        if (up != null && up.governor() < harm && lex.resultWords.contains(ctx.lemma(up.governor()))) {
            return true;
        }
        for (int k = harm - 1; k >= Math.max(0, harm - 4); k--) {
            if (lex.resultWords.contains(ctx.lemmas().get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The singular person noun right after a determiner at {@code det} (modifiers allowed), or -1. */
    private int personNounAfter(SentenceContext ctx, int det) {
        List<Token> toks = ctx.sentence().tokens();
        for (int j = det + 1; j < Math.min(toks.size(), det + 4); j++) {
            String pos = toks.get(j).pos();
            String l = ctx.lemmas().get(j);
            if ((pos.equals("NN") || pos.equals("NNP")) && (lex.peopleNouns.containsKey(l) || lex.personRoles.containsKey(l))) {
                return j;
            }
            if (!(pos.startsWith("JJ") || pos.startsWith("NN"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where the verb group starts after an "of"/"from" phrase that follows a person ("of a provincial court
     * was killed"), or -1 when no such phrase is there or a comma comes first.
     */
    private static int pastPhrase(SentenceContext ctx, int from) {
        List<Token> toks = ctx.sentence().tokens();
        if (from >= toks.size() || !(ctx.words().get(from).equals("of") || ctx.words().get(from).equals("from"))) {
            return -1;
        }
        for (int j = from + 1; j < Math.min(toks.size(), from + 8); j++) {
            String pos = toks.get(j).pos();
            if (pos.startsWith("VB") || pos.equals("MD") || pos.equals("RB")) {
                return j;
            }
            if (pos.equals(",") || pos.equals("IN") && !ctx.words().get(j).equals("of")) {
                return -1;
            }
        }
        return -1;
    }

}
