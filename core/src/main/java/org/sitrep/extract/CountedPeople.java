package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Which people a number counts: the people noun within a few words after it ("2,500 of their wives and children",
 * "3 national army soldiers", "6 Taliban"), with the group it names and where the counted phrase ends. "7
 * children and a teacher" counts one more; "fighters and civilians" is one mixed group.
 */
final class CountedPeople {
    private final Lexicon lex = Lexicon.get();

    /**
     * The people counted by a number ending before token {@code end}.
     *
     * @param group   the people's group, null when no people noun follows
     * @param nounEnd the token after the counted phrase ({@code end} when no noun follows)
     * @param value   the number, one more when "and a/an" adds a person
     * @param part    the number as written, before such an addition
     */
    record Counted(PeopleGroup group, int nounEnd, Long value, Long part) {
    }

    Counted after(SentenceContext ctx, int end, Long value) {
        Sentence s = ctx.sentence();
        List<String> lemmas = ctx.lemmas();
        List<String> words = ctx.words();
        PeopleGroup group = null;
        int nounEnd = end;
        Long part = value;
        for (int i = end; i < Math.min(lemmas.size(), end + 5); i++) {
            String l = lemmas.get(i);
            PeopleGroup g = lex.peopleNouns.get(l);
            if (g != null && s.tokens().get(i).pos().startsWith("JJ") && peopleNounAhead(s.tokens(), lemmas, i + 1)) {
                continue; // "3 national army soldiers": an adjective before the people noun, which decides the group
            }
            if ((g != null || namedAt(s.tokens(), i)) && modifiesThing(ctx.syntax(), lemmas, i)) {
                break; // "five rebel hideouts", "three UN vehicles": the number counts the thing, not people
            }
            if (g != null) {
                group = g;
                nounEnd = i + 1;
                // "family members": keep the last noun of the compound ("took 12 passengers hostage": not a role word)
                if (i + 1 < lemmas.size() && lex.peopleNouns.containsKey(lemmas.get(i + 1))
                        && !lex.casualtyRoles.containsKey(lemmas.get(i + 1))) {
                    nounEnd = i + 2;
                }
                // "7 children and a teacher": one more person
                if (value != null && nounEnd + 2 < lemmas.size() && words.get(nounEnd).equals("and")
                        && (words.get(nounEnd + 1).equals("a") || words.get(nounEnd + 1).equals("an"))
                        && lex.peopleNouns.containsKey(lemmas.get(nounEnd + 2))) {
                    part = value;
                    value = value + 1;
                    nounEnd += 3;
                    break;
                }
                // "fighters and civilians": one mixed group
                if (nounEnd + 1 < lemmas.size() && words.get(nounEnd).equals("and")
                        && lex.peopleNouns.containsKey(lemmas.get(nounEnd + 1))
                        && !(nounEnd + 1 < s.tokens().size() && "CD".equals(s.tokens().get(nounEnd).pos()))) {
                    if (lex.peopleNouns.get(lemmas.get(nounEnd + 1)) != group) {
                        group = PeopleGroup.PERSON;
                    }
                    nounEnd += 2;
                }
                break;
            }
            String pos = s.tokens().get(i).pos();
            // "6 Taliban", "3 Palestinians": a named group right after the number counts people
            boolean named = namedAt(s.tokens(), i);
            // ("4 CJTF and Zuru militiamen": a name joined to another modifier of a people noun is read on)
            boolean joinedName = i + 1 < lemmas.size() && lemmas.get(i + 1).equals("and")
                    && peopleNounAhead(s.tokens(), lemmas, i + 2);
            if (i == end && named && !joinedName && (i + 1 >= lemmas.size() || !lex.peopleNouns.containsKey(lemmas.get(i + 1)))) {
                group = PeopleGroup.PERSON;
                nounEnd = i + 1;
                break;
            }
            // "4 ANA soldiers", "four UN peacekeepers": nouns and names that modify the people counted
            // "three kidnapped aid workers": a participle the tagger may read as a past verb, before a noun
            boolean participle = pos.equals("VBN") || pos.equals("VBD") && i == end && i + 1 < lemmas.size()
                    && s.tokens().get(i + 1).pos().startsWith("NN");
            // "5 army and police officers", "4 Afghan and Iraqi fighters": modifiers joined by "and" before one people noun
            // (not after a plural, which heads a group of its own: "20 friends and family of a man")
            boolean joined = i > end && l.equals("and") && !s.tokens().get(i - 1).pos().endsWith("S")
                    && peopleNounAhead(s.tokens(), lemmas, i + 1);
            boolean modifier = pos.startsWith("JJ") || pos.equals("DT") || pos.equals("PRP$") || l.equals("of")
                    || pos.startsWith("NN") || participle || pos.equals("HYPH") || l.equals("-") || joined;
            if (!modifier) {
                break;
            }
        }
        return new Counted(group, nounEnd, value, part);
    }

    private static boolean namedAt(List<Token> toks, int i) {
        return toks.get(i).pos().startsWith("NNP") && Character.isUpperCase(toks.get(i).word().charAt(0));
    }

    /**
     * Whether the word at {@code i} modifies the noun after it, which names a thing a side holds or owns (military and
     * property targets, bases, weapons: "three rebel camps", "two UN vehicles"), not people.
     */
    private boolean modifiesThing(Syntax syn, List<String> lemmas, int i) {
        if (i + 1 >= syn.size() || !syn.token(i + 1).pos().startsWith("NN") || syn.token(i + 1).pos().startsWith("NNP")) {
            return false;
        }
        String lemma = lemmas.get(i + 1);
        String word = syn.token(i + 1).word().toLowerCase(java.util.Locale.ROOT);
        return lex.militaryTargets.contains(lemma) || lex.militaryTargets.contains(word) || lex.propertyTargets.contains(lemma)
                || lex.propertyTargets.contains(word) || lex.baseNouns.contains(lemma) || lex.weaponNouns.contains(lemma);
    }

    /** Whether a people noun follows within a few nouns and adjectives from {@code from}. */
    private boolean peopleNounAhead(List<Token> toks, List<String> lemmas, int from) {
        for (int k = from; k < Math.min(toks.size(), from + 3); k++) {
            if (lex.peopleNouns.containsKey(lemmas.get(k))) {
                return true;
            }
            String pos = toks.get(k).pos();
            if (!pos.startsWith("NN") && !pos.startsWith("JJ") && !pos.equals("HYPH")) {
                return false;
            }
        }
        return false;
    }
}
