package org.sitrep.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Count;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Reads counts of people from a sentence: "at least 40 civilians, including 8 children, have been
 * killed", "killing 12", "the death toll rose to 15", "some 1,500 militants and 6,000 of their family
 * members", "dozens of people had been injured". Vague quantities keep their words and no value.
 */
final class CountReader {
    private final Lexicon lex = Lexicon.get();

    /** A number or vague quantity with the people it counts. */
    private record Quantity(int start, int end, Long value, Qualifier qualifier, String text, String group,
                            int nounEnd, boolean included) {
    }

    /** A count with its role and the token it was read at. */
    record Found(String role, Count count, int token) {
    }

    List<Found> read(Sentence s, Syntax syn, List<String> lemmas, List<String> words, String defaultRole) {
        Map<String, Count> counts = readMap(s, syn, lemmas, words, defaultRole, positions);
        List<Found> out = new ArrayList<>();
        for (Map.Entry<String, Count> e : counts.entrySet()) {
            out.add(new Found(e.getKey(), e.getValue(), positions.getOrDefault(e.getKey(), 0)));
        }
        positions.clear();
        return out;
    }

    private final Map<String, Integer> positions = new java.util.HashMap<>();

    private Map<String, Count> readMap(Sentence s, Syntax syn, List<String> lemmas, List<String> words, String defaultRole,
                                       Map<String, Integer> pos) {
        List<Quantity> qs = quantities(s, lemmas, words);
        Map<String, Count> counts = new LinkedHashMap<>();
        String lastRole = null;
        Quantity last = null;
        for (int qi = 0; qi < qs.size(); qi++) {
            Quantity q = qs.get(qi);
            String role = role(q, syn, lemmas, words);
            boolean singular = words.get(q.start()).equals("a") || words.get(q.start()).equals("an");
            if (role == null && q.group() != null && defaultRole != null && !q.group().equals("official") && !singular) {
                role = defaultRole;
            }
            if (role != null) {
                pos.putIfAbsent(role, q.start());
            }
            if (q.included() && last != null && lastRole != null) {
                String sub = subCount(lastRole, q.group());
                if (sub != null) {
                    counts.putIfAbsent(sub, new Count(q.value(), q.value() == null ? Qualifier.VAGUE : q.qualifier(), q.text()));
                }
                continue;
            }
            if (role == null) {
                continue;
            }
            // "1,500 militants and 6,000 of their family members": one group of moved people in two parts
            Quantity next = qi + 1 < qs.size() ? qs.get(qi + 1) : null;
            if (next != null && !next.included() && next.group() != null && q.group() != null
                    && joinedByAnd(words, q.nounEnd(), next.start()) && q.value() != null && next.value() != null) {
                String nextRole = role(next, syn, lemmas, words);
                if (nextRole == null || nextRole.equals(role)) {
                    String text = s.text().substring(s.tokens().get(q.start()).begin() - s.begin(),
                            s.tokens().get(next.nounEnd() - 1).end() - s.begin());
                    counts.putIfAbsent(role, new Count(q.value() + next.value(), q.qualifier(), text));
                    addGroupPart(counts, role, q);
                    addGroupPart(counts, role, next);
                    last = q;
                    lastRole = role;
                    qi++;
                    continue;
                }
            }
            counts.putIfAbsent(role, new Count(q.value(), q.value() == null ? Qualifier.VAGUE : q.qualifier(), q.text()));
            addGroupPart(counts, role, q);
            if ("fatalities".equals(role) && injuredToo(q, lemmas, s)) {
                counts.putIfAbsent("injured", new Count(q.value(), q.value() == null ? Qualifier.VAGUE : q.qualifier(), q.text()));
            }
            last = q;
            lastRole = role;
        }
        return counts;
    }

    private static void addGroupPart(Map<String, Count> counts, String role, Quantity q) {
        if ("displaced".equals(role) && "combatant".equals(q.group()) && q.value() != null) {
            counts.putIfAbsent("fighters", new Count(q.value(), q.qualifier(), q.text()));
        }
    }

    private static String subCount(String role, String group) {
        if (group == null) {
            return null;
        }
        String verb = switch (role) {
            case "fatalities" -> "killed";
            case "injured" -> "injured";
            default -> null;
        };
        if ("displaced".equals(role) && "combatant".equals(group)) {
            return "fighters";
        }
        if (verb == null) {
            return null;
        }
        return switch (group) {
            case "child" -> "children_" + verb;
            case "woman" -> "women_" + verb;
            case "civilian" -> "civilians_" + verb;
            default -> null;
        };
    }

    private static boolean joinedByAnd(List<String> words, int from, int to) {
        if (to - from > 2 || to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (words.get(i).equals("and")) {
                return true;
            }
        }
        return false;
    }

    /** "several people killed and injured": one group in both counts, when no other number intervenes. */
    private boolean injuredToo(Quantity q, List<String> lemmas, Sentence s) {
        int i = q.nounEnd();
        while (i < lemmas.size() && (lemmas.get(i).equals("be") || lemmas.get(i).equals("have"))) {
            i++;
        }
        return i + 2 < lemmas.size() && "fatalities".equals(lex.casualtyRoles.get(lemmas.get(i)))
                && lemmas.get(i + 1).equals("and") && "injured".equals(lex.casualtyRoles.get(lemmas.get(i + 2)));
    }

    private List<Quantity> quantities(Sentence s, List<String> lemmas, List<String> words) {
        List<Token> toks = s.tokens();
        List<Quantity> out = new ArrayList<>();
        boolean[] used = new boolean[toks.size()];
        for (PhraseMatcher.Match<Integer> m : lex.vague.find(words, words)) {
            // "some" and "many" only count people when a people noun follows directly
            out.add(quantity(s, m.start(), m.end(), null, lemmas, words));
            for (int k = m.start(); k < m.end(); k++) {
                used[k] = true;
            }
        }
        for (int i = 0; i < toks.size(); i++) {
            String w = words.get(i);
            if ((w.equals("a") || w.equals("an")) && !used[i]) {
                Quantity one = quantity(s, i, i + 1, 1L, lemmas, words);
                // "a man was beaten to death": one person, when the group and its fate are both named
                if (one != null && one.group() != null && !one.group().equals("official")
                        && role(one, new Syntax(s), lemmas, words, true) != null) {
                    out.add(new Quantity(one.start(), one.end(), 1L, Qualifier.EXACT, one.text(), one.group(), one.nounEnd(), false));
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
            Long value = numberValue(toks, i, j);
            if (value != null) {
                out.add(quantity(s, i, j + 1, value, lemmas, words));
            }
            i = j;
        }
        out.removeIf(q -> q == null);
        for (int i = 0; i + 1 < words.size(); i++) {
            // "causing damage but no casualties": a reported zero
            if (words.get(i).equals("no") && NO_HARM.contains(lemmas.get(i + 1))) {
                String text = s.text().substring(toks.get(i).begin() - s.begin(), toks.get(i + 1).end() - s.begin());
                out.add(new Quantity(i, i + 1, 0L, Qualifier.EXACT, text, "person", i + 2, false));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean isCountNumber(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (t.ner() != null && !t.ner().equals("NUMBER") && !t.ner().equals("O")) {
            return false; // dates, durations, money, percentages, ordinals
        }
        return "CD".equals(t.pos()) || "NUMBER".equals(t.ner());
    }

    private static Long numberValue(List<Token> toks, int first, int last) {
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

    private Quantity quantity(Sentence s, int start, int end, Long value, List<String> lemmas, List<String> words) {
        // the people counted: a noun within a few words after ("6,000 of their family members")
        String group = null;
        int nounEnd = end;
        for (int i = end; i < Math.min(lemmas.size(), end + 5); i++) {
            String l = lemmas.get(i);
            String g = lex.peopleNouns.get(l);
            if (g != null) {
                group = g;
                nounEnd = i + 1;
                // "family members": keep the last noun of the compound
                if (i + 1 < lemmas.size() && lex.peopleNouns.containsKey(lemmas.get(i + 1))) {
                    nounEnd = i + 2;
                }
                // "7 children and a teacher": one more person
                if (value != null && nounEnd + 2 < lemmas.size() && words.get(nounEnd).equals("and")
                        && (words.get(nounEnd + 1).equals("a") || words.get(nounEnd + 1).equals("an"))
                        && lex.peopleNouns.containsKey(lemmas.get(nounEnd + 2))) {
                    value = value + 1;
                    nounEnd += 3;
                    break;
                }
                // "fighters and civilians": one mixed group
                if (nounEnd + 1 < lemmas.size() && words.get(nounEnd).equals("and")
                        && lex.peopleNouns.containsKey(lemmas.get(nounEnd + 1))
                        && !(nounEnd + 1 < s.tokens().size() && "CD".equals(s.tokens().get(nounEnd).pos()))) {
                    if (!lex.peopleNouns.get(lemmas.get(nounEnd + 1)).equals(group)) {
                        group = "person";
                    }
                    nounEnd += 2;
                }
                break;
            }
            String pos = s.tokens().get(i).pos();
            // "6 Taliban", "3 Palestinians": a named group right after the number counts people
            boolean named = pos.startsWith("NNP") && Character.isUpperCase(s.tokens().get(i).word().charAt(0));
            if (i == end && named && (i + 1 >= lemmas.size() || !lex.peopleNouns.containsKey(lemmas.get(i + 1)))) {
                group = "person";
                nounEnd = i + 1;
                break;
            }
            // "4 ANA soldiers", "four UN peacekeepers": nouns and names that modify the people counted
            boolean modifier = pos.startsWith("JJ") || pos.equals("DT") || pos.equals("PRP$") || l.equals("of")
                    || pos.startsWith("NN") || pos.equals("VBN") || pos.equals("HYPH") || l.equals("-");
            if (!modifier) {
                break;
            }
        }
        boolean pronominal = start > 0 && (lemmas.get(start - 1).equals("the") || lemmas.get(start - 1).equals("first")
                || lemmas.get(start - 1).equals("these") || lemmas.get(start - 1).equals("those"));
        if (value != null && group == null && (pronominal || !touchesCasualtyWord(start, end, lemmas))) {
            return null; // "three consecutive days", "the first two", a year
        }
        if (group == null && value == null) {
            // a vague word counts people only when it names them ("dozens of people"), or stands as "dozens killed"
            if (!(end < lemmas.size() && lex.casualtyRoles.containsKey(lemmas.get(end))
                    && !s.tokens().get(end).pos().startsWith("NN"))) {
                return null;
            }
        }
        Qualifier qualifier = qualifierBefore(start, lemmas, words, s.tokens().get(start).normalized());
        boolean included = start > 0 && (words.get(start - 1).equals("including") || words.get(start - 1).equals("among"));
        int qStart = start;
        for (PhraseMatcher.Match<Qualifier> m : lex.qualifiers.find(words, words)) {
            if (m.end() == start) {
                qStart = m.start();
            }
        }
        String text = s.text().substring(s.tokens().get(qStart).begin() - s.begin(),
                s.tokens().get(Math.max(nounEnd, end) - 1).end() - s.begin());
        return new Quantity(start, end, value, value == null ? Qualifier.VAGUE : qualifier, text, group,
                Math.max(nounEnd, end), included);
    }

    /** "killing 12", "12 dead", "12 were killed", "the death toll rose to 15". */
    private boolean touchesCasualtyWord(int start, int end, List<String> lemmas) {
        if (start >= 2 && TOLL_VERBS.contains(lemmas.get(start - 2)) && lemmas.subList(0, start).contains("toll")) {
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
        for (int i = start - 1; i >= Math.max(0, start - 5); i--) {
            String l = lemmas.get(i);
            if (lex.casualtyRoles.containsKey(l)) {
                return true;
            }
            boolean filler = l.equals("to") || l.equals("at") || l.equals("have") || l.equals("be") || l.equals("rise") || l.equals("climb") || l.equals("reach")
                    || l.equals("stand") || l.equals("the") || l.equals("least") || l.equals("than") || l.equals("more")
                    || l.equals("some") || l.equals("about") || l.equals("nearly") || l.equals("around") || l.equals("over");
            if (!filler) {
                return false;
            }
        }
        return false;
    }

    private Qualifier qualifierBefore(int start, List<String> lemmas, List<String> words, String normalized) {
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
        return Qualifier.EXACT;
    }

    private static final java.util.Set<String> NO_HARM = java.util.Set.of("casualty", "fatality", "death", "injury");

    /** Words that may stand between a verb and its number: "killing at least 12". */
    private static final java.util.Set<String> QUALIFYING = java.util.Set.of("at", "least", "more", "than", "some",
            "about", "around", "nearly", "almost", "over", "up", "to", "an", "estimated", "approximately", "roughly");
    private static final java.util.Set<String> TOLL_VERBS = java.util.Set.of("rise", "climb", "reach", "stand",
            "increase", "jump", "hit", "risen", "rose");
    /** Verbs of harm whose outcome follows: "shot dead", "beaten to death", "beaten and hospitalised". */
    private static final java.util.Set<String> PASS_THROUGH = java.util.Set.of("shoot", "beat", "stab", "hack",
            "stone", "burn", "club", "torture", "and");

    /** fatalities, injured, displaced, ... from the words around the quantity, or null. */
    private String role(Quantity q, Syntax syn, List<String> lemmas, List<String> words) {
        return role(q, syn, lemmas, words, false);
    }

    /** With {@code tight}, only words right next to the group count: "a man was killed", not "leave ... a militant-held town". */
    private String role(Quantity q, Syntax syn, List<String> lemmas, List<String> words, boolean tight) {
        if (q.value() != null && q.value() == 0 && q.nounEnd() == q.start() + 2 && NO_HARM.contains(lemmas.get(q.start() + 1))) {
            return "fatalities";
        }
        // "left 9 militants dead": the word right after the group decides
        if (q.nounEnd() < lemmas.size() && lex.casualtyRoles.containsKey(lemmas.get(q.nounEnd()))
                && !syn.token(q.nounEnd()).pos().startsWith("VBG")) {
            String r = lex.casualtyRoles.get(lemmas.get(q.nounEnd()));
            if (r.equals("fatalities") || r.equals("injured")) {
                return r;
            }
        }
        // right after a verb: "killing 4 civilians and wounding 11"
        for (int i = q.start() - 1; i >= Math.max(0, q.start() - 3); i--) {
            String role = lex.casualtyRoles.get(lemmas.get(i));
            if (role != null && !lemmas.get(i).equals("leave")) { // "left 9 militants dead" is no departure
                return role;
            }
            if (!QUALIFYING.contains(lemmas.get(i))) {
                break;
            }
        }
        // "the death toll from Monday's fighting ... has risen to 15"
        if (q.start() >= 2 && TOLL_VERBS.contains(lemmas.get(q.start() - 2)) && lemmas.subList(0, q.start()).contains("toll")) {
            return "fatalities";
        }
        // after: "40 civilians, including 8 children, have been killed"; "12 dead"; "were beaten to death"
        for (int i = q.nounEnd(); i < Math.min(lemmas.size(), q.nounEnd() + 10); i++) {
            String l = lemmas.get(i);
            String role = lex.casualtyRoles.get(l);
            if (role != null) {
                return role;
            }
            String pos = syn.token(i).pos();
            boolean aux = l.equals("be") || l.equals("have") || l.equals("reportedly") || l.equals("also");
            if (tight && !aux && !PASS_THROUGH.contains(l) && !l.equals("to")) {
                break; // "a man was killed", not "an army camp in Marib, killing 9 recruits"
            }
            if (pos.startsWith("VB") && !aux && !l.equals("include") && !PASS_THROUGH.contains(l)) {
                break;
            }
            if (l.equals(".") || l.equals(";")) {
                break;
            }
        }
        if (tight) {
            return null;
        }
        // before: "killing at least 12", "the death toll rose to 15", "evacuations of nearly 3,000 fighters"
        for (int i = q.start() - 1; i >= Math.max(0, q.start() - 6); i--) {
            String l = lemmas.get(i);
            String role = lex.casualtyRoles.get(l);
            if (role != null) {
                return role;
            }
            if (l.equals(",") && i < q.start() - 1 || l.equals(".")) {
                break;
            }
        }
        return null;
    }
}
