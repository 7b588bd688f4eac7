package org.sitrep.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Frame;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Qualifier;

/**
 * Gives a violent event the toll told in the sentences right after it: "Air strikes hit a camp near X.
 * Three gunmen died in the raid." Only an event without a toll of its own takes one, only from
 * the next two sentences, and only from a report there that is only a toll ("Three gunmen died"), names the
 * event again ("killed during the clash"), tells the dead beside people abducted by no one named, or tells bodies
 * found; a new event with its own toll keeps it. An event with a toll adds the dead of a toll-only report right after
 * it that says they are more ("two other soldiers were killed"), or those of the fight given back to it in the next
 * sentence ("the police responded and killed four attackers"), and that report is then no event of its own.
 */
final class CasualtyCarry {
    private static final int REACH = 2;
    private static final List<CountRole> TOLL = List.of(CountRole.FATALITIES, CountRole.INJURED,
            CountRole.CIVILIANS_KILLED, CountRole.CHILDREN_KILLED, CountRole.WOMEN_KILLED, CountRole.CIVILIANS_INJURED,
            CountRole.CHILDREN_INJURED, CountRole.WOMEN_INJURED);

    /** Answers that may be events of their own: strikes from the air, shelling, explosives. */
    private static final String REMOTE = "Explosions/Remote violence";

    private final Lexicon lex = Lexicon.get();

    List<MentionDraft> apply(List<MentionDraft> drafts) {
        List<MentionDraft> out = new ArrayList<>(drafts);
        for (int i = 0; i < out.size(); i++) {
            MentionDraft d = out.get(i);
            if (!TollEvents.violent(d.type())) {
                continue;
            }
            if (d.counts().containsKey(CountRole.FATALITIES)) {
                int j = addedReport(d, out, i + 1);
                if (j < 0) {
                    j = answer(d, out, i + 1);
                }
                if (j >= 0) {
                    // the report's dead are now part of the event's toll: kept apart, it would restate a part of it as
                    // the same event (merged within the article, the lower figure would win)
                    out.set(i, withAddedToll(d, out.get(j)));
                    out.remove(j);
                }
                continue;
            }
            for (int j = i + 1; j < out.size(); j++) {
                MentionDraft e = out.get(j);
                int gap = e.sentence().index() - d.sentence().index();
                if (gap > REACH) {
                    break;
                }
                if (gap > 0 && TollEvents.violent(e.type()) && e.counts().containsKey(CountRole.FATALITIES)
                        && (e.frame() == Frame.CASUALTY || refersBack(e) || doerlessAbduction(e) || doerlessHarm(e)
                        || circumstance(e) || bodiesFound(e))) {
                    out.set(i, withToll(d, e));
                    if (e.frame() == Frame.CASUALTY && noneHarmed(e)) {
                        // "No casualties were reported.": the zero is the event's toll and no event of its own, which
                        // a date or place of its own (the publication day) would keep apart from the event it closes
                        out.remove(j);
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * "Gunmen attacked a village. Two guards were killed and three abducted.": a killing told with an abduction that
     * names no doer is what the event before did to its victims, as a toll-only report is.
     */
    private static boolean doerlessAbduction(MentionDraft e) {
        if (e.frame() != Frame.ABDUCT) {
            return false;
        }
        // "and three (others) abducted" is elliptical: the parse may make the abducted the verb's subject
        Count abducted = e.counts().get(CountRole.ABDUCTED);
        return e.actor1() == null || abducted != null && abducted.text() != null
                && firstWord(e.actor1().text()).equals(firstWord(abducted.text()));
    }

    /**
     * "Troops exchanged fire with rustlers in the hills. One rustler was shot dead.": a victim shot, stabbed or beaten
     * by no one named, right after an event without a toll, is that event's victim, as a toll-only report is.
     */
    private boolean doerlessHarm(MentionDraft e) {
        if (e.frame() != Frame.ATTACK || e.actor1() != null) {
            return false;
        }
        for (org.sitrep.model.Token t : e.sentence().tokens()) {
            if (t.begin() == e.triggerStart()) {
                return t.pos().equals("VBN") && lex.harmMannerVerbs.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return false;
    }

    /**
     * "Jets struck rebel camps. Six corpses of rebels were found near the camps.": bodies found right after an
     * event without a toll are its dead, as a toll-only report's are (the finding is an attack of its own only alone).
     */
    private boolean bodiesFound(MentionDraft e) {
        if (e.frame() != Frame.ATTACK) {
            return false;
        }
        for (org.sitrep.model.Token t : e.sentence().tokens()) {
            if (t.begin() == e.triggerStart()) {
                return t.pos().startsWith("NN") && lex.discoveryWords.contains(lex.meant(t.lemma().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return false;
    }

    /**
     * "Rebels attacked a base. After a heavy fight, five rebels and one soldier were killed.": the fight is only when
     * the deaths happened (a noun told before the verb of death and under it, with no place of its own), so the sentence
     * is a toll-only report of the event before; "Three soldiers were killed in an ambush near X" may be another event.
     */
    private boolean circumstance(MentionDraft e) {
        Syntax syn = new Syntax(e.sentence());
        for (int i = 0; i < syn.size(); i++) {
            if (syn.token(i).begin() != e.triggerStart()) {
                continue;
            }
            org.sitrep.model.Dependency up = syn.parent(i);
            if (!syn.token(i).pos().startsWith("NN") || up == null || up.governor() <= i || !up.relation().startsWith("obl")
                    || syn.child(i, "nmod") >= 0) {
                return false;
            }
            String verb = syn.token(up.governor()).lemma().toLowerCase(java.util.Locale.ROOT);
            return lex.casualtyRoles.get(lex.meant(verb)) == CountRole.FATALITIES
                    && syn.parent(up.governor()) == null; // the verb of death is the sentence's root
        }
        return false;
    }

    private static String firstWord(String text) {
        return text.strip().split("\\s+")[0];
    }

    private static boolean noneHarmed(MentionDraft e) {
        return e.counts().values().stream().allMatch(c -> c.value() != null && c.value() == 0);
    }

    /**
     * The index in {@code out}, from {@code from} on, of the toll-only report right after d that says its dead are more
     * than d's ("3 militants were also killed", "another 2 soldiers died"), or -1 when there is none.
     */
    private int addedReport(MentionDraft d, List<MentionDraft> out, int from) {
        Count own = d.counts().get(CountRole.FATALITIES);
        for (int j = from; j < out.size(); j++) {
            MentionDraft e = out.get(j);
            int gap = e.sentence().index() - d.sentence().index();
            if (gap > REACH) {
                break;
            }
            Count more = e.counts().get(CountRole.FATALITIES);
            if (gap == 0 || e.frame() != Frame.CASUALTY || more == null || !TollEvents.violent(e.type())) {
                continue;
            }
            return own.value() == null || more.value() == null || !adds(e) || pronoun(more) ? -1 : j;
        }
        return -1;
    }

    /**
     * The index in {@code out} of the fight given back to d in the sentence right after it, with dead of its own
     * ("Two policemen were killed in an attack on a checkpoint. The police responded and killed four attackers."),
     * or -1. The answer is the same fight (ACLED codes one clash), its dead others than d's; an answer from the air,
     * by shelling or with explosives may be an event of its own and is left apart.
     */
    private int answer(MentionDraft d, List<MentionDraft> out, int from) {
        Count own = d.counts().get(CountRole.FATALITIES);
        for (int j = from; j < out.size(); j++) {
            MentionDraft e = out.get(j);
            int gap = e.sentence().index() - d.sentence().index();
            if (gap > 1) {
                break;
            }
            Count more = e.counts().get(CountRole.FATALITIES);
            if (gap == 0 || more == null || !TollEvents.violent(e.type()) || REMOTE.equals(e.type().eventType())) {
                continue;
            }
            boolean answers = e.sentence().tokens().stream().anyMatch(t -> lex.responseWords.contains(
                    (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(java.util.Locale.ROOT)));
            return answers && own.value() != null && more.value() != null && more.value() > 0 && !pronoun(more) ? j : -1;
        }
        return -1;
    }

    /** d with the dead of the report e, which says they are more, added to its own. */
    private static MentionDraft withAddedToll(MentionDraft d, MentionDraft e) {
        Count own = d.counts().get(CountRole.FATALITIES);
        Count more = e.counts().get(CountRole.FATALITIES);
        Qualifier q = own.qualifier() == more.qualifier() ? own.qualifier() : Qualifier.AT_LEAST;
        Map<CountRole, Count> counts = new LinkedHashMap<>(d.counts());
        counts.put(CountRole.FATALITIES, new Count(own.value() + more.value(), q, own.text() + "; " + more.text()));
        for (CountRole k : TOLL) {
            if (e.counts().containsKey(k)) {
                counts.putIfAbsent(k, e.counts().get(k)); // the report's wounded, when the event told none
            }
        }
        return d.withCounts(counts, d.armedTarget() || e.armedTarget());
    }

    /** Whether the report's sentence says its dead are more than those told before ("also", "another"). */
    private boolean adds(MentionDraft e) {
        for (org.sitrep.model.Token t : e.sentence().tokens()) {
            if (lex.additionWords.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "Others say he was killed in a dispute": a pronoun's dead is someone told before, never one more. */
    private boolean pronoun(Count more) {
        return more.text() != null && lex.personPronouns.contains(more.text().strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the draft's trigger is a definite back-reference: "the attack", "this clash". */
    static boolean refersBack(MentionDraft e) {
        String before = e.sentence().text().substring(0, Math.max(0, e.triggerStart() - e.sentence().begin()))
                .toLowerCase(java.util.Locale.ROOT);
        return before.endsWith("the ") || before.endsWith("this ") || before.endsWith("that ");
    }

    /** d with e's toll; those e counts as harmed tell whether d's target was armed ("One soldier was killed"). */
    private static MentionDraft withToll(MentionDraft d, MentionDraft e) {
        Map<CountRole, Count> from = e.counts();
        Map<CountRole, Count> counts = new LinkedHashMap<>(d.counts());
        for (CountRole k : TOLL) {
            if (from.containsKey(k)) {
                counts.putIfAbsent(k, from.get(k));
            }
        }
        return d.withCounts(counts, d.armedTarget() || e.armedTarget());
    }
}
