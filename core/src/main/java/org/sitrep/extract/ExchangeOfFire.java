package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventType;
import org.sitrep.model.Frame;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;

/**
 * Makes one armed clash of an attack and the fire that answered it in the next sentence ("Militants threw a
 * grenade at a checkpoint. Soldiers responded with gunfire."), and of shelling followed by fire between both
 * sides or small arms at the same place ("X fired mortars at positions near Y. The monitors counted 20
 * explosions in both directions near Y."). Fire given back in words of {@code answering-fire.tsv} ("Officers
 * returned fire", "the troops shot back", "forces responded to the shelling") makes a clash of any opening,
 * gunfire too, whether or not the answer was read as an event of its own. ACLED's codebook codes an exchange
 * between two armed sides as a battle whatever weapon opened it, as the {@code defining} trait of gunfire does
 * within one sentence. An attack that harmed no civilians followed by a fight that names no sides of its own
 * ("Soldiers searched a farm at dawn. Fighting erupted and one man died.") opened that fight: a clash too.
 */
final class ExchangeOfFire {
    /**
     * A phrase of fire given back: whether it counts in the opening's own sentence too ({@code same}), and
     * whether it answers only gunfire or shelling ({@code fireOnly}).
     */
    record Answer(boolean same, boolean fireOnly) {
        static Answer of(String scope, String openings) {
            return new Answer(word(scope, "same", "next"), word(openings, "fire", "any"));
        }

        private static boolean word(String value, String yes, String no) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (!v.equals(yes) && !v.equals(no)) {
                throw new IllegalArgumentException("answering-fire.tsv: expected " + yes + " or " + no + ", got " + value);
            }
            return v.equals(yes);
        }
    }

    private static final EventType CLASH = new EventType("Battles", "Armed clash");
    /** Openings that answered fire turns into an exchange: thrown or planted explosives, raids, shelling. */
    private static final Set<Frame> OPENINGS = Set.of(Frame.GRENADE, Frame.ATTACK, Frame.BOMBING, Frame.IED,
            Frame.EXPLOSION, Frame.SHELL);

    /** Openings that fire given back in words makes a clash: armed attacks, gunfire, explosives and shelling. */
    private static final Set<Frame> ANSWERED = answered();

    private static Set<Frame> answered() {
        java.util.EnumSet<Frame> s = java.util.EnumSet.copyOf(OPENINGS);
        s.add(Frame.GUNFIRE);
        return java.util.Collections.unmodifiableSet(s);
    }

    /** The counts of people the counts reader knew as no combatants. */
    private static final Set<CountRole> NONCOMBATANTS = java.util.EnumSet.of(CountRole.CIVILIANS_KILLED,
            CountRole.CIVILIANS_INJURED, CountRole.CHILDREN_KILLED, CountRole.CHILDREN_INJURED, CountRole.WOMEN_KILLED,
            CountRole.WOMEN_INJURED);

    private final Lexicon lex = Lexicon.get();

    /** The drafts of an article with the openings that fire answered made clashes; sentences are the article's. */
    List<MentionDraft> apply(List<MentionDraft> drafts, List<Sentence> sentences) {
        List<MentionDraft> out = new ArrayList<>(drafts);
        for (int i = 0; i < out.size(); i++) {
            MentionDraft d = out.get(i);
            if (ANSWERED.contains(d.frame()) && TollEvents.violent(d.type()) && !CLASH.equals(d.type())
                    && answeredInWords(d, sentences)) {
                out.set(i, asClash(d));
                continue;
            }
            // an attack is answered only where it hit armed people; explosives and shelling whatever they hit. An
            // attack on people not known as armed ("soldiers searched a farm", "gunmen fired on a van of the gendarmes") opened a
            // fight when the next sentence tells one that names no sides of its own ("Fighting erupted")
            boolean opening = OPENINGS.contains(d.frame()) && (d.frame() != Frame.ATTACK || d.armedTarget());
            boolean mayOpenFight = d.frame() == Frame.ATTACK && !civiliansHarmed(d);
            if (!opening && !mayOpenFight || !TollEvents.violent(d.type())) {
                continue;
            }
            for (int j = i + 1; j < out.size(); j++) {
                MentionDraft e = out.get(j);
                int gap = e.sentence().index() - d.sentence().index();
                if (gap > 1) {
                    break;
                }
                if (gap == 1 && (opening && (e.frame() == Frame.GUNFIRE || e.frame() == Frame.CLASH) && answers(d, e)
                        || mayOpenFight && fightBrokeOut(e))) {
                    out.set(i, asClash(d));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A fight told by the sentence after an attack with no sides of its own ("Fighting erupted and one man died",
     * "a gunfight went on for an hour", "the men that started the battle"): the attack's own fight going on. A clash
     * whose sides are named ("a month of fighting between the army and a militia") is another event.
     */
    private static boolean fightBrokeOut(MentionDraft e) {
        return e.frame() == Frame.CLASH && e.status() == org.sitrep.model.Status.OCCURRED && e.actor2() == null
                && (e.actor1() == null || relative(e.sentence(), e.actor1().text()));
    }

    /** Whether the words are a relative pronoun of the sentence ("that", "which", "who"), which names no one itself. */
    private static boolean relative(Sentence s, String words) {
        return s.tokens().stream().anyMatch(t -> t.word().equals(words) && t.pos() != null
                && (t.pos().equals("WDT") || t.pos().equals("WP")));
    }

    /** Whether the attack's counts name civilians harmed: an attack on them, whatever fight followed. */
    private static boolean civiliansHarmed(MentionDraft d) {
        return d.countsAny(NONCOMBATANTS::contains);
    }

    /** Whether the opening's sentence (for "same" phrases) or the one after it tells of fire given back. */
    private boolean answeredInWords(MentionDraft d, List<Sentence> sentences) {
        int at = d.sentence().index();
        boolean fire = d.frame() == Frame.GUNFIRE || d.frame() == Frame.SHELL;
        for (Sentence s : sentences) {
            if (s.index() != at && s.index() != at + 1) {
                continue;
            }
            for (PhraseMatcher.Match<Answer> m : lex.answeringFire.find(SentenceContext.lowerLemmas(s), SentenceContext.lowerWords(s))) {
                if ((s.index() == at + 1 || m.value().same()) && (fire || !m.value().fireOnly())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether e's fire answers d: its sentence says the fire was a response, or d was shelling and e tells
     * fire at a place d named.
     */
    private boolean answers(MentionDraft d, MentionDraft e) {
        boolean response = e.sentence().tokens().stream()
                .anyMatch(t -> lex.responseWords.contains((t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT)));
        if (response && d.frame() != Frame.SHELL) {
            return true;
        }
        // a bare "fired at" names no weapon of its own: it may be the shelling's fire told again
        boolean bareFire = e.trigger().toLowerCase(Locale.ROOT).startsWith("fir");
        return d.frame() == Frame.SHELL && e.frame() == Frame.GUNFIRE && !bareFire && samePlace(d, e);
    }

    private static boolean samePlace(MentionDraft d, MentionDraft e) {
        for (PlaceRef p : d.places()) {
            for (PlaceRef q : e.places()) {
                if (p.text().equalsIgnoreCase(q.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static MentionDraft asClash(MentionDraft d) {
        return d.withType(CLASH);
    }
}
