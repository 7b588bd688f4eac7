package org.sitrep.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.ActorRef;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventType;
import org.sitrep.model.Frame;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Sentence;

/**
 * The resolve stage's finish of an event's type once the actors' types are known, following ACLED's codebook:
 * armed against armed is a battle, armed against unarmed is violence against civilians, a crowd's violence is
 * mob violence, government forces retake territory that others overtake.
 */
final class SideTyping {
    /** "retook", "recaptured", "liberated": the government side winning ground back. */
    private static final Pattern RETAKING = Pattern.compile(".*\\b(re\\w+|liberat\\w*)\\b.*");

    private final Lexicon lex = Lexicon.get();
    private final SideKinds kinds = new SideKinds();
    private final CriminalVictims criminalVictims = new CriminalVictims();
    private final FightMeans fightMeans = new FightMeans();

    /** The sub-type of a draft whose frame left it to the actors ("*"); other drafts keep their type. */
    EventType refine(MentionDraft d, Typing.Party a1, Typing.Party a2, List<Sentence> after) {
        EventType t = d.type();
        if (d.frame() == Frame.LOOT && fromTheAir(d.actor1())) {
            return new EventType("Explosions/Remote violence", "Air/drone strike"); // "jets destroyed a depot"
        }
        if (d.frame() == Frame.LOOT && "Looting/property destruction".equals(t.subEventType())
                && kinds.crowd(d.actor1(), a1, told(d, after)) && !CrowdActs.few(d.actor1(), d.sentence())) {
            // ACLED's riots: a crowd destroying property does so at a demonstration when its sentence gives it a
            // purpose ("demanding wages"), else as a mob. A crowd that harmed people ("*": set someone alight, or
            // harm told next, {@link DestructionWithHarm}) is typed by its harm below: mob violence
            return new EventType("Riots", purposeGiven(d.sentence()) ? "Violent demonstration" : "Mob violence");
        }
        if (d.frame() == Frame.RIOT && "Violent demonstration".equals(t.subEventType()) && !purposeGiven(d.sentence())
                && a1.named() && !a2.state() && kinds.unarmed(kinds.side(d.actor2(), a2, told(d, after)), a2, told(d, after))) {
            // rioters (found as the doer: not residents read as the other side of their own blockade) turning on
            // civilians ("rioters beat two migrant workers") with no demonstration purpose told: ACLED's mob violence
            return new EventType("Riots", "Mob violence");
        }
        if (d.frame() == Frame.ABDUCT && killed(d)) {
            // ACLED codes people seized and then killed as the killing, by who killed whom: an abduction's
            // toll is none by definition
            return harm(d, a1, a2, after);
        }
        if (d.frame() == Frame.ARREST && a1.named() && a1.armed() && !a1.state() && heldBy(d, d.actor1())) {
            // people held by an armed group are abducted, whatever the group calls it: an arrest is the state's
            return new EventType("Violence against civilians", "Abduction/forced disappearance");
        }
        if (!"*".equals(t.subEventType())) {
            return t;
        }
        switch (d.frame()) {
            case TAKE -> {
                boolean retaking = RETAKING.matcher(d.trigger().toLowerCase()).matches();
                boolean government = a1.named() ? a1.state() : retaking;
                return new EventType("Battles", government ? "Government regains territory"
                        : "Non-state actor overtakes territory");
            }
            case CLASH -> {
                return clash(d, a1, a2, after);
            }
            case BOMBING -> {
                boolean fromAir = !a1.named() || a1.state();
                return new EventType("Explosions/Remote violence", fromAir ? "Air/drone strike"
                        : "Remote explosive/landmine/IED");
            }
            default -> {
                return harm(d, a1, a2, after);
            }
        }
    }

    private EventType clash(MentionDraft d, Typing.Party a1, Typing.Party a2, List<Sentence> after) {
        // a fight in which one side is an unarmed crowd ("locals clashed with police") is mob violence
        // only a side the clash's own words name counts: a role filled from elsewhere in the sentence
        // ("... and refused to release kidnapped people") is another event's party
        // the means decide when named: firearms make a clash of families or villagers armed, stones,
        // fists or tear gas make one of soldiers and residents a crowd's fight; a party's members or supporters
        // are such a side (ACLED's rioters) unless named as an armed group
        FightMeans.Means means = means(d, after);
        List<Sentence> told = told(d, after);
        boolean unarmedSide = d.actor1() != null && kinds.unarmed(d.actor1(), a1, told)
                || d.actor2() != null && kinds.unarmed(d.actor2(), a2, told)
                || kinds.partisans(d.actor1(), a1, told) || kinds.partisans(d.actor2(), a2, told);
        if (means == FightMeans.Means.CROWD || unarmedSide && means != FightMeans.Means.FIREARMS) {
            return new EventType("Riots", "Mob violence");
        }
        return new EventType("Battles", "Armed clash");
    }

    /** An attack, a killing or gunfire: by whom and on whom it was done. */
    private EventType harm(MentionDraft d, Typing.Party a1, Typing.Party a2, List<Sentence> after) {
        // a side the draft left unnamed is judged by the words the resolve stage found it by
        List<Sentence> told = told(d, after);
        ActorRef doer = kinds.side(d.actor1(), a1, told);
        ActorRef victim = kinds.side(d.actor2(), a2, told);
        if (fromTheAir(doer) || a1.named() && a1.words() != null && fromTheAir(new ActorRef(a1.words(), null))) {
            // the doer's words or the actor the resolve stage found ("the air force destroyed vehicles, some with
            // machine guns", where the parse gave the fire another subject) are an air arm
            return new EventType("Explosions/Remote violence", "Air/drone strike");
        }
        // a crowd of residents or a group of people killing or beating someone is mob violence
        FightMeans.Means means = means(d, after);
        if (kinds.crowd(doer, a1, told) && means != FightMeans.Means.FIREARMS || kinds.crowdMeans(doer, a1, means, told)) {
            return new EventType("Riots", "Mob violence");
        }
        if (kinds.doersOwnWords(a2, victim, d.actor1(), a1, told)) {
            // the party found for the target is the doer's own words ("gunmen of the brigade stormed an office":
            // "gunmen"; "Boko Haram/IS attacked a village": "IS"): it says nothing of whom the attack was on
            a2 = Typing.Party.NONE;
        }
        if (d.frame() == Frame.ATTACK && propertyOnly(d, a2)) {
            return new EventType("Strategic developments", "Looting/property destruction");
        }
        // a gang's victim who is a trafficker or gang member: armed groups fighting, unless the state killed them
        if (!a1.state() && criminalVictims.of(d)) {
            return new EventType("Battles", "Armed clash");
        }
        boolean victimsUnarmed = kinds.unarmed(victim, a2, told) || kinds.noncombatantVictims(d);
        if (d.frame() == Frame.GUNFIRE) {
            // fire is a clash unless it hit unarmed people: ACLED codes exchanges of small arms fire as clashes. People
            // harmed by fire at a side found armed or state forces ("opened fire on them, killing two members of the
            // intelligence service") are that side's men, or caught in its fight: no sign of an attack on civilians
            boolean armedSide = a2.named() && (a2.armed() || a2.state());
            boolean civilianVictims = victimsUnarmed || harmed(d) && !d.armedTarget() && !armedSide || civilianSite(d, a2);
            return civilianVictims ? new EventType("Violence against civilians", "Attack")
                    : new EventType("Battles", "Armed clash");
        }
        if (victimsUnarmed) {
            return new EventType("Violence against civilians", "Attack");
        }
        // fighting between armed groups is a battle; an attack on civilians is not
        boolean victimsArmed = a2.armed() || d.armedTarget()
                || !harmed(d) && a1.armed() && a2.named();
        if (victimsArmed && (!a1.named() || a1.armed())) {
            return new EventType("Battles", "Armed clash");
        }
        return new EventType("Violence against civilians", "Attack");
    }

    /** The draft's sentence and those after it that go on telling its event. */
    private static List<Sentence> told(MentionDraft d, List<Sentence> after) {
        List<Sentence> told = new java.util.ArrayList<>(List.of(d.sentence()));
        told.addAll(after);
        return told;
    }

    /** Whether a sentence gives a demonstration's purpose ("demanding wages": protest-purposes.tsv). */
    private boolean purposeGiven(Sentence s) {
        return lex.protestPurposes.occursIn(SentenceContext.lowerLemmas(s), SentenceContext.lowerWords(s));
    }

    /**
     * What the fight was fought with, in its sentence or the ones after that go on telling it. Fire that is the event
     * itself is no crowd's fight however a later sentence says the quarrel went on ("a gunman fired at a watchman. The
     * watchman struck him with a club").
     */
    private FightMeans.Means means(MentionDraft d, List<Sentence> after) {
        FightMeans.Means m = fightMeans.of(d.sentence(), after);
        boolean laterCrowdMeans = m == FightMeans.Means.CROWD && fightMeans.of(d.sentence()) == FightMeans.Means.NONE;
        return d.frame() == Frame.GUNFIRE && laterCrowdMeans ? FightMeans.Means.NONE : m;
    }

    /**
     * An attack that harmed no one and hit only property: its target names property where nobody lives ("the
     * offices of a radio station", "an oil pipeline"), or it was arson with no target named ("an arson attack
     * on a sawmill"). ACLED codes it as property destruction.
     */
    private boolean propertyOnly(MentionDraft d, Typing.Party target) {
        if (harmed(d) || target.named() && (target.armed() || target.state())) {
            return false;
        }
        ActorRef t = d.actor2();
        String head = t == null || t.head() == null ? "" : t.head().toLowerCase(java.util.Locale.ROOT);
        if (lex.propertyTargets.contains(head)) {
            return true;
        }
        return t == null && d.sentence().tokens().stream()
                .anyMatch(k -> lex.arsonWords.contains((k.lemma() == null ? k.word() : k.lemma()).toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * Fire aimed at a place where people live or travel ("shot at a house", "fired at an ambulance"), which
     * no one named armed held: an attack on civilians whether or not anyone was hurt.
     */
    private boolean civilianSite(MentionDraft d, Typing.Party target) {
        ActorRef t = d.actor2();
        return t != null && t.head() != null && lex.civilianTargets.contains(t.head().toLowerCase(java.util.Locale.ROOT))
                && !d.armedTarget() && !target.armed() && !target.state();
    }

    /**
     * Whether the trigger's doer, its active subject or its agent ("arrested by ..."), is among the actor's words:
     * "militants were detained in raids" names the held, not who held them.
     */
    private static boolean heldBy(MentionDraft d, ActorRef actor) {
        if (actor == null || actor.text() == null) {
            return false;
        }
        Syntax syn = new Syntax(d.sentence());
        String words = " " + actor.text().toLowerCase(java.util.Locale.ROOT) + " ";
        for (int k = 0; k < syn.size(); k++) {
            int at = syn.token(k).begin();
            if (at < d.triggerStart() || at >= d.triggerStart() + d.trigger().length()) {
                continue;
            }
            for (org.sitrep.model.Dependency dep : syn.children(k)) {
                String r = dep.relation();
                boolean doer = r.equals("nsubj") || r.equals("obl:agent") || r.equals("obl:by");
                if (doer && words.contains(" " + syn.token(dep.dependent()).word().toLowerCase(java.util.Locale.ROOT) + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the draft counts anyone killed: "no fatalities" is a count of none, "several killed" is some. */
    private static boolean killed(MentionDraft d) {
        return d.countsAny(r -> r == CountRole.FATALITIES);
    }

    /** Whether the draft counts anyone harmed: "No casualties were reported" is a count of none. */
    private static boolean harmed(MentionDraft d) {
        return d.countsAny(r -> true);
    }

    /** "the air force", "government warplanes", "a drone": the attacker is an air arm or its aircraft. */
    private boolean fromTheAir(ActorRef attacker) {
        if (attacker == null || attacker.text() == null) {
            return false;
        }
        String words = " " + String.join(" ", attacker.text().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) + " ";
        return lex.aircraftWords.stream().anyMatch(w -> words.contains(" " + w + " "));
    }
}
