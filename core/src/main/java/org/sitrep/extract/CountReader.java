package org.sitrep.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Qualifier;

/**
 * Reads counts of people from a sentence: "at least 35 villagers, among them 6 women, were
 * killed", "killing 12", "the death toll rose to 15", "about 900 gunmen and 2,500 of their
 * wives and children", "scores of residents were hurt". Vague quantities keep their words and no value.
 * Stateless: every call works on its own locals.
 */
final class CountReader {
    private final QuantityReader quantities = new QuantityReader();
    private final CountRoleReader roles = new CountRoleReader();
    private final VictimReader victims = new VictimReader();
    private final Lexicon lex = Lexicon.get();

    /** A count with its role, the token it was read at and the people it counts (null when unnamed). */
    record Found(CountRole role, Count count, int token, PeopleGroup group) {
    }

    /**
     * The counts of the sentence, first of each role. A people quantity no word gives a role takes
     * {@code defaultRole} (people moving in a movement sentence), when not null.
     */
    List<Found> read(SentenceContext ctx, CountRole defaultRole) {
        List<Quantity> qs = quantities.quantities(ctx);
        List<String> words = ctx.words();
        Map<CountRole, Count> counts = new LinkedHashMap<>();
        Map<CountRole, Integer> positions = new EnumMap<>(CountRole.class);
        Map<CountRole, PeopleGroup> groups = new EnumMap<>(CountRole.class);
        CountRole lastRole = null;
        Quantity last = null;
        for (int qi = 0; qi < qs.size(); qi++) {
            Quantity q = qs.get(qi);
            CountRole role = roles.role(q, ctx, false);
            boolean singular = lex.singularDeterminers.contains(words.get(q.start())) && Long.valueOf(1L).equals(q.value());
            if (role == CountRole.FATALITIES && eitherFate(q, ctx.lemmas())) {
                role = null; // "killed, injured or captured": nobody is known to be dead
            }
            if (role == null && q.group() != null && defaultRole != null && q.group() != PeopleGroup.OFFICIAL && !singular) {
                role = defaultRole;
            }
            if (role != null) {
                positions.putIfAbsent(role, q.start());
                if (q.group() != null) {
                    groups.putIfAbsent(role, q.group());
                }
            }
            if (q.included() && last != null && lastRole != null) {
                CountRole sub = CountParts.partOf(lastRole, q.group());
                if (sub != null) {
                    counts.putIfAbsent(sub, count(q));
                }
                continue;
            }
            if (role == null) {
                continue;
            }
            // "900 gunmen and 2,500 of their wives and children": one group of moved people in two parts
            Quantity next = qi + 1 < qs.size() ? qs.get(qi + 1) : null;
            if (next != null && !next.included() && next.group() != null && q.group() != null
                    && joinedByAnd(words, q.nounEnd(), next.start()) && q.value() != null && next.value() != null) {
                CountRole nextRole = roles.role(next, ctx, false);
                if (nextRole == null || nextRole == role) {
                    String text = ctx.sentence().text().substring(
                            ctx.syntax().token(q.start()).begin() - ctx.sentence().begin(),
                            ctx.syntax().token(next.nounEnd() - 1).end() - ctx.sentence().begin());
                    counts.putIfAbsent(role, new Count(q.value() + next.value(), q.qualifier(), text));
                    addGroupPart(counts, role, q);
                    addGroupPart(counts, role, next);
                    last = q;
                    lastRole = role;
                    qi++;
                    continue;
                }
            }
            counts.putIfAbsent(role, count(q));
            addGroupPart(counts, role, q);
            // "killing 12 civilians": the civilians killed are that part of the toll (all of it, or 7 of
            // "7 children and a teacher")
            CountRole part = CountParts.partOf(role, q.group());
            if (part != null && q.part() != null) {
                counts.putIfAbsent(part, new Count(q.part(), q.qualifier(), q.text()));
            }
            if (role == CountRole.FATALITIES && injuredToo(q, ctx.lemmas())) {
                counts.putIfAbsent(CountRole.INJURED, count(q));
            }
            last = q;
            lastRole = role;
        }
        List<Found> out = new ArrayList<>();
        VictimReader.Victims dead = victims.fatalities(ctx);
        if (dead != null && (!counts.containsKey(CountRole.FATALITIES) || moreVictims(dead, counts, positions))) {
            // no number next to a fatality word, or only one of the victims the parse joins under it ("one soldier
            // and two rebels were killed"): the parse says who died
            counts.put(CountRole.FATALITIES, dead.count());
            positions.put(CountRole.FATALITIES, dead.first());
            groups.put(CountRole.FATALITIES, dead.group());
        }
        counts.forEach((role, c) -> out.add(new Found(role, c, positions.getOrDefault(role, 0), groups.get(role))));
        return out;
    }

    /** Whether the parse's victims add others to the one quantity read as the dead, which lies among them. */
    private static boolean moreVictims(VictimReader.Victims dead, Map<CountRole, Count> counts, Map<CountRole, Integer> positions) {
        Count own = counts.get(CountRole.FATALITIES);
        int at = positions.getOrDefault(CountRole.FATALITIES, -1);
        return own.value() != null && dead.count().value() > own.value() && dead.first() <= at && at <= dead.last();
    }

    private static Count count(Quantity q) {
        return new Count(q.value(), q.value() == null ? Qualifier.VAGUE : q.qualifier(), q.text());
    }

    /** "1,500 fighters" among people moved: also the fighters' count. */
    private static void addGroupPart(Map<CountRole, Count> counts, CountRole role, Quantity q) {
        if (role == CountRole.DISPLACED && q.group() == PeopleGroup.COMBATANT && q.value() != null) {
            counts.putIfAbsent(CountRole.FIGHTERS, new Count(q.value(), q.qualifier(), q.text()));
        }
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

    /** "3 militants were killed, injured or captured", "killed or wounded": the fates are alternatives. */
    private boolean eitherFate(Quantity q, List<String> lemmas) {
        int i = q.nounEnd();
        while (i < lemmas.size() && (lemmas.get(i).equals("be") || lemmas.get(i).equals("have") || lex.tollHedges.contains(lemmas.get(i)))) {
            i++;
        }
        if (i >= lemmas.size() || lex.casualtyRoles.get(lemmas.get(i)) != CountRole.FATALITIES) {
            return false;
        }
        for (int j = i + 1; j < Math.min(lemmas.size(), i + 4); j++) {
            String l = lemmas.get(j);
            if (l.equals("or")) {
                return true;
            }
            if (!l.equals(",") && !lex.casualtyRoles.containsKey(l)) {
                return false;
            }
        }
        return false;
    }

    /** "several people killed and injured": one group in both counts, when no other number intervenes. */
    private boolean injuredToo(Quantity q, List<String> lemmas) {
        int i = q.nounEnd();
        while (i < lemmas.size() && (lemmas.get(i).equals("be") || lemmas.get(i).equals("have"))) {
            i++;
        }
        return i + 2 < lemmas.size() && lex.casualtyRoles.get(lemmas.get(i)) == CountRole.FATALITIES
                && lemmas.get(i + 1).equals("and") && lex.casualtyRoles.get(lemmas.get(i + 2)) == CountRole.INJURED;
    }
}
