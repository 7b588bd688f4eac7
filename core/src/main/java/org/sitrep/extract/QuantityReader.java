package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Finds the quantities of people in a sentence: numerals ("40 civilians", "five soldiers"), one harmed person
 * ({@link PersonReader}: "a man was shot dead", "killing him"), vague quantities ("dozens of people") and
 * reported zeros ("no casualties"); {@link CountedPeople} tells whom a number counts, {@link BracketBreakdowns}
 * which numbers in brackets are parts of a total. Numbers that count nothing ("three consecutive days", a year)
 * are dropped.
 */
final class QuantityReader {
    private final Lexicon lex = Lexicon.get();
    private final PersonReader persons = new PersonReader();
    private final CountedPeople countedPeople = new CountedPeople();
    private final NumberPhrases numbers = NumberPhrases.get();
    private final BracketBreakdowns breakdowns = new BracketBreakdowns();

    List<Quantity> quantities(SentenceContext ctx) {
        Sentence s = ctx.sentence();
        List<String> lemmas = ctx.lemmas();
        List<String> words = ctx.words();
        List<Token> toks = s.tokens();
        List<Quantity> out = new ArrayList<>();
        boolean[] used = new boolean[toks.size()];
        for (PhraseMatcher.Match<Integer> m : lex.vague.find(words, words)) {
            // "some" and "many" only count people when a people noun follows directly
            out.add(quantity(ctx, m.start(), m.end(), null, Qualifier.VAGUE));
            for (int k = m.start(); k < m.end(); k++) {
                used[k] = true;
            }
        }
        for (int i = 0; i < toks.size(); i++) {
            String w = words.get(i);
            if (lex.singularDeterminers.contains(w) && !used[i]) {
                if (numbers.isArticle(w) && i + 1 < toks.size() && isCountNumber(toks, i + 1) && spelled(toks.get(i + 1))) {
                    continue; // "a dozen", "a hundred": the article belongs to the number, no one person
                }
                Quantity one = persons.onePerson(ctx, i);
                if (one != null) {
                    out.add(one);
                }
                continue;
            }
            if (used[i] || !isCountNumber(toks, i)) {
                continue;
            }
            int j = i;
            while (j + 1 < toks.size() && isCountNumber(toks, j + 1) && !used[j + 1]) {
                j++;
            }
            if (i > 0 && numbers.namesNext(words.get(i - 1)) || j + 1 < toks.size() && numbers.measuredBy(words.get(j + 1))) {
                i = j; // "battalion 377", "Route 9" name the unit or road, "8 km" measures: the number counts nobody
                continue;
            }
            Long value = numberValue(toks, i, j);
            int from = i;
            Qualifier plain = Qualifier.EXACT;
            if (value != null && from > 0 && numbers.isArticle(words.get(from - 1)) && spelled(toks.get(from))) {
                from--; // "more than a dozen": the qualifier stands before the article
                plain = Qualifier.APPROX;
                Long divisor = from > 0 ? numbers.divisor(words.get(from - 1)) : null;
                if (divisor != null && value % divisor == 0) {
                    value = value / divisor; // "half a dozen"
                    from--;
                }
            }
            if (value != null && value == 1 && j == i && from == i && i > 0 && words.get(i - 1).equals("no")
                    && words.get(i).equals("one")) {
                value = 0L; // "no one was hurt": a reported zero, not one person
                from--;
            }
            String norm = toks.get(i).normalized();
            if (value != null && j > i && norm != null && norm.contains(" - ")) {
                plain = Qualifier.AT_LEAST; // "15-20 people": one token run, read as its lower figure
            }
            String before = from > 0 ? words.get(from - 1) : null;
            if (value != null && j + 2 < toks.size() && isCountNumber(toks, j + 2) && numbers.changes(before, words.get(j + 1))) {
                i = j; // "the toll rose from 10 to 15": 10 is the figure before the change
                continue;
            }
            if (value != null && j >= i + 2 && numbers.changes(before, words.get(j - 1))) {
                value = numberValue(toks, j, j); // the tagger joined "10 to 15" into one number: the figure after the change
            }
            int last = j;
            int range = value == null ? j : rangeEnd(toks, words, from, j, value);
            if (value != null && range > j) {
                // "between 10 and 15 people", "10 to 15 people": the lower figure, at least
                last = range;
                plain = Qualifier.AT_LEAST;
                if (from > 0 && numbers.opensRange(words.get(from - 1))) {
                    from--;
                }
            }
            if (value != null) {
                out.add(quantity(ctx, from, last + 1, value, plain));
            }
            i = last;
        }
        for (int i = 0; i < toks.size(); i++) {
            if (lex.personPronouns.contains(words.get(i)) && toks.get(i).pos().equals("PRP")) {
                out.add(persons.pronounPerson(ctx, i));
            }
        }
        out.removeIf(q -> q == null);
        for (int i = 0; i + 1 < words.size(); i++) {
            // "causing damage but no casualties": a reported zero
            if (words.get(i).equals("no") && lex.harmNouns.contains(lemmas.get(i + 1))) {
                String text = s.text().substring(toks.get(i).begin() - s.begin(), toks.get(i + 1).end() - s.begin());
                out.add(new Quantity(i, i + 1, 0L, Qualifier.EXACT, text, PeopleGroup.PERSON, i + 2, false));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return breakdowns.included(out, words);
    }

    /** A number noun spelled out ("dozen", "hundred"), not digits ("a 35-year-old"). */
    private static boolean spelled(Token t) {
        return Character.isLetter(t.word().charAt(0));
    }

    private static boolean isCountNumber(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (t.ner() != null && !t.ner().equals("NUMBER") && !t.ner().equals("O")) {
            return false; // dates, durations, money, percentages, ordinals
        }
        return "CD".equals(t.pos()) || "NUMBER".equals(t.ner());
    }

    static Long numberValue(List<Token> toks, int first, int last) {
        String norm = toks.get(first).normalized();
        if (norm != null) {
            String v = norm.replaceAll("^[<>=~]+", "");
            try {
                double d = Double.parseDouble(v);
                if (d >= 0 && d == Math.floor(d) && d < 1e9) {
                    return (long) d;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the digits
            }
        }
        String digits = toks.get(first).word().replace(",", "");
        if (digits.matches("\\d{1,9}")) {
            return Long.parseLong(digits);
        }
        return null;
    }

    /**
     * The last token of the second number of a range whose first number is [from..j] ("10 and 15" after
     * "between", "10 to 15"), or j when none follows.
     */
    private int rangeEnd(List<Token> toks, List<String> words, int from, int j, long lower) {
        if (j + 2 >= toks.size() || !isCountNumber(toks, j + 2)
                || !numbers.joinsRange(words.get(j + 1), from > 0 ? words.get(from - 1) : null)) {
            return j;
        }
        int k = j + 2;
        while (k + 1 < toks.size() && isCountNumber(toks, k + 1)) {
            k++;
        }
        Long upper = numberValue(toks, j + 2, k);
        return upper != null && upper > lower ? k : j;
    }

    /** A quantity of tokens [start, end); {@code plain} is the qualifier when no qualifier word stands before it. */
    private Quantity quantity(SentenceContext ctx, int start, int end, Long value, Qualifier plain) {
        Sentence s = ctx.sentence();
        List<String> lemmas = ctx.lemmas();
        List<String> words = ctx.words();
        CountedPeople.Counted counted = countedPeople.after(ctx, end, value);
        PeopleGroup group = counted.group();
        int nounEnd = counted.nounEnd();
        Long part = counted.part();
        value = counted.value();
        boolean pronominal = start > 0 && lex.pronominalDeterminers.contains(lemmas.get(start - 1));
        int deathNoun = value != null && group == null && !pronominal ? deathNounAfterAdjectives(end, lemmas, s.tokens()) : -1;
        if (deathNoun > 0) {
            // "25 rebel and 6 military fatalities": the adjectives name people, who died
            group = PeopleGroup.PERSON;
            nounEnd = deathNoun;
        }
        if (value != null && group == null && (pronominal || !touchesCasualtyWord(start, end, lemmas, s.tokens()))) {
            return null; // "three consecutive days", "the first two", a year
        }
        if (group == null && value == null) {
            // a vague word counts people only when it names them ("dozens of people"), or stands as "dozens killed"
            int after = end;
            while (after < lemmas.size() && (lemmas.get(after).equals("more") || lemmas.get(after).equals("other"))) {
                after++; // "dozens more wounded", "several others injured"
            }
            if (!(after < lemmas.size() && lex.casualtyRoles.containsKey(lemmas.get(after))
                    && !s.tokens().get(after).pos().startsWith("NN"))) {
                return null;
            }
        }
        Qualifier qualifier = qualifierBefore(start, words, s.tokens().get(start).normalized(), plain);
        boolean included = start > 0 && lex.inclusionWords.contains(words.get(start - 1));
        int qStart = start;
        for (PhraseMatcher.Match<Qualifier> m : lex.qualifiers.find(words, words)) {
            if (m.end() == start) {
                qStart = m.start();
            }
        }
        String text = s.text().substring(s.tokens().get(qStart).begin() - s.begin(),
                s.tokens().get(Math.max(nounEnd, end) - 1).end() - s.begin());
        return new Quantity(start, end, value, value == null ? Qualifier.VAGUE : qualifier, text, group,
                Math.max(nounEnd, end), included, part);
    }

    /** "killing 12", "12 dead", "12 were killed", "the death toll rose to 15". */
    private boolean touchesCasualtyWord(int start, int end, List<String> lemmas, List<Token> toks) {
        if (start >= 2 && lex.tollVerbs.contains(lemmas.get(start - 2)) && lemmas.subList(0, start).contains("toll")) {
            return true;
        }
        int after = end;
        while (after < lemmas.size() && (lemmas.get(after).equals("be") || lemmas.get(after).equals("have")
                || lemmas.get(after).equals("other") || lemmas.get(after).equals("more"))) {
            after++;
        }
        if (after < lemmas.size() && lex.casualtyRoles.containsKey(lemmas.get(after))) {
            return true;
        }
        if (deathNounAfterAdjectives(end, lemmas, toks) > 0) {
            return true;
        }
        for (int i = start - 1; i >= Math.max(0, start - 5); i--) {
            String l = lemmas.get(i);
            if (lex.casualtyRoles.containsKey(l)) {
                return true;
            }
            if (!lex.countLeadWords.contains(l)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "6 military fatalities", "2 civilian deaths": the index of a noun of death after one or two adjectives that say
     * who the counted were, or -1.
     */
    private int deathNounAfterAdjectives(int end, List<String> lemmas, List<Token> toks) {
        int noun = end;
        while (noun < Math.min(lemmas.size(), end + 2) && toks.get(noun).pos().startsWith("JJ")) {
            noun++;
        }
        boolean death = noun > end && noun < lemmas.size() && toks.get(noun).pos().startsWith("NN")
                && lex.casualtyRoles.get(lemmas.get(noun)) == org.sitrep.model.CountRole.FATALITIES;
        return death ? noun : -1;
    }

    private Qualifier qualifierBefore(int start, List<String> words, String normalized, Qualifier plain) {
        for (PhraseMatcher.Match<Qualifier> m : lex.qualifiers.find(words, words)) {
            if (m.end() == start) {
                return m.value();
            }
        }
        if (normalized != null) {
            if (normalized.startsWith(">=")) {
                return Qualifier.AT_LEAST;
            }
            if (normalized.startsWith(">")) {
                return Qualifier.MORE_THAN;
            }
            if (normalized.startsWith("~")) {
                return Qualifier.APPROX;
            }
            if (normalized.startsWith("<")) {
                return Qualifier.AT_MOST;
            }
        }
        return plain;
    }
}
