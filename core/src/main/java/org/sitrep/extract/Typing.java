package org.sitrep.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Count;
import org.sitrep.model.EventType;
import org.sitrep.model.Frame;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Status;

/**
 * Decides an event's ACLED type and sub-type. In the extract stage from the trigger frames, cues and
 * counts ({@link #classify}); frames whose sub-type depends on who acted against whom (attacks,
 * casualties, territory, bombings) are finished by {@link #refine} once the resolve stage knows the
 * actors' types, following ACLED's codebook: armed against armed is a battle, armed against unarmed
 * is violence against civilians, government forces retake territory that others overtake.
 */
public final class Typing {
    /** "retook", "recaptured", "liberated": the government side winning ground back. */
    private static final Pattern RETAKING = Pattern.compile(".*\\b(re\\w+|liberat\\w*)\\b.*");

    private final Lexicon lex = Lexicon.get();
    private final ParticipantWords words = new ParticipantWords();
    private final CriminalVictims criminalVictims = new CriminalVictims();
    private final ProtestConduct conduct = new ProtestConduct();
    private final AreaFire areaFire = new AreaFire();
    private final FightMeans fightMeans = new FightMeans();
    private final CrowdActs crowdActs = new CrowdActs(conduct);
    private final AerialAgent aerial = new AerialAgent();

    /**
     * What the resolve stage knows of a participant: whether one was named, is state forces, is armed, is an
     * unarmed crowd or civilians, or is known only as an unidentified armed group (a default, which the
     * participant's own words may overrule), and the article's words it was read from (null when none).
     */
    public record Party(boolean named, boolean state, boolean armed, boolean unarmed, boolean unidentified,
                        String words) {
        public static final Party NONE = new Party(false, false, false, false, false);

        public Party(boolean named, boolean state, boolean armed, boolean unarmed, boolean unidentified) {
            this(named, state, armed, unarmed, unidentified, null);
        }

        /**
         * This party as what the draft's participant words stand for: NONE when it was read from other words
         * of the sentence ("several workers clashed with police" whose subject the resolver could not name,
         * so that the police filled the role), since then it says nothing of those words' people.
         */
        Party of(org.sitrep.model.ActorRef ref) {
            if (ref == null || ref.text() == null || words == null || words.isBlank()) {
                return this;
            }
            String r = ref.text().toLowerCase(java.util.Locale.ROOT);
            String w = words.toLowerCase(java.util.Locale.ROOT);
            return r.contains(w) || w.contains(r) ? this : NONE;
        }
    }

    EventType classify(EventGrouper.Group group, SentenceContext ctx, Map<String, Count> counts, List<Trigger> all) {
        Frame main = group.main().frame();
        Set<Frame> frames = java.util.EnumSet.noneOf(Frame.class);
        group.triggers().forEach(t -> frames.add(t.frame()));
        Set<Cue> cues = ctx.cues();
        FrameTable.Row f = lex.frames.row(main);
        if (frames.contains(Frame.MOB) && !frames.contains(Frame.PROTEST) && !frames.contains(Frame.RIOT)) {
            return new EventType("Riots", "Mob violence");
        }
        if (frames.contains(Frame.PROTEST)) {
            main = Frame.PROTEST;
        } else if (frames.contains(Frame.RIOT)) {
            main = Frame.RIOT;
        }
        if (main == Frame.TAKE && (cues.contains(Cue.NONVIOLENT) || cues.contains(Cue.WITHDRAWAL) && !fightingTold(all, counts))) {
            return new EventType("Strategic developments", "Non-violent transfer of territory");
        }
        if ((main == Frame.GUNFIRE || main == Frame.SHELL) && !frames.contains(Frame.CLASH) && !frames.contains(Frame.TAKE)
                && areaFire.atArea(group, ctx, counts)) {
            // one-sided fire on a village or farmland that harmed no one: remote, not a clash
            return new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack");
        }
        if (main == Frame.LOOT && group.main().status() == Status.OCCURRED) {
            if (crowdActs.personSetAlight(group.main(), ctx)) {
                // "set a suspected thief on fire": harm to a person, which the actors' types finish (attack or mob)
                return new EventType("Violence against civilians", "*");
            }
            if (crowdActs.atAProtest(group.main(), ctx, all)) {
                // destruction by demonstrators at their demonstration: ACLED's violent demonstration
                return new EventType("Riots", "Violent demonstration");
            }
        }
        switch (main) {
            case PROTEST -> {
                if ((counts.containsKey(CountRole.FATALITIES.code()) || cues.contains(Cue.LETHAL_FORCE))
                        && conduct.lethal(group, ctx, counts.get(CountRole.FATALITIES.code()))) {
                    return new EventType("Protests", "Excessive force against protesters");
                }
                if (conduct.violent(group, ctx)) {
                    return new EventType("Riots", "Violent demonstration");
                }
                if (cues.contains(Cue.INTERVENTION) || protestersArrested(group, all, ctx)) {
                    return new EventType("Protests", "Protest with intervention");
                }
                return new EventType("Protests", "Peaceful protest");
            }
            case LEAVE -> {
                boolean organised = ctx.lemmas().stream().anyMatch(lex.organisedDeparture::contains);
                return new EventType(f.defaultType().eventType(), organised ? "Evacuation" : "Flight");
            }
            default -> {
                if (aerial.doneBy(group.triggers(), ctx)) {
                    return new EventType("Explosions/Remote violence", "Air/drone strike"); // "a drone killed two"
                }
                // ATTACK, CASUALTY, TAKE and BOMBING keep "*": refine decides from the actors' types
                return f.defaultType();
            }
        }
    }

    /**
     * Whether a sentence tells fighting besides the taking of ground: another violent trigger that happened, or
     * people killed or injured. Ground taken after its holders withdrew ("seized the town after the army pulled
     * out") changed hands without a fight only when the sentence tells none.
     */
    private boolean fightingTold(List<Trigger> all, Map<String, Count> counts) {
        return counts.containsKey(CountRole.FATALITIES.code()) || counts.containsKey(CountRole.INJURED.code())
                || all.stream().anyMatch(t -> t.frame() != Frame.TAKE && t.status() == Status.OCCURRED
                        && lex.frames.row(t.frame()).family() == Family.VIOLENCE);
    }

    /** "police arrested 20 protesters": the arrest is an intervention in the protest, not its grievance. */
    private boolean protestersArrested(EventGrouper.Group group, List<Trigger> triggers, SentenceContext ctx) {
        // an arrest demanded or denied ("demanding the arrest of the officers") is no intervention either
        return triggers.stream().anyMatch(t -> t.status() == Status.OCCURRED && crowdArrested(ctx, t)
                && conduct.arrestAtProtest(group, t, ctx));
    }

    /**
     * Whether an arrest is of people from a crowd ("7 were detained", "police arrested 20 protesters",
     * "dozens of activists were held", "they were detained") rather than of a named person ("he was arrested"), so that it tells
     * of an intervention in a protest.
     */
    boolean crowdArrested(SentenceContext ctx, Trigger arrest) {
        if (arrest.frame() != Frame.ARREST) {
            return false;
        }
        for (int o : new int[] {ctx.syntax().child(arrest.head(), "obj"), ctx.syntax().child(arrest.head(), "nsubj:pass")}) {
            if (o < 0) {
                continue;
            }
            PeopleGroup g = lex.peopleNouns.get(ctx.lemma(o));
            if ("CD".equals(ctx.syntax().token(o).pos()) || g == PeopleGroup.PROTESTER || g == PeopleGroup.PERSON
                    || g == PeopleGroup.CIVILIAN || lex.protesterNouns.contains(ctx.lemma(o))
                    || lex.pluralPronouns.contains(ctx.syntax().token(o).word().toLowerCase(java.util.Locale.ROOT))
                    || ctx.syntax().child(o, "nummod") >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a participant is unarmed: the resolve stage found civilians, protesters or rioters, or its own
     * words name a crowd or unarmed people ("two groups of villagers", "an off-duty policeman") and no state
     * force or named armed group was found for them.
     */
    private boolean unarmed(org.sitrep.model.ActorRef ref, Party p) {
        if (ref == null) {
            return false;
        }
        if (p.unarmed()) {
            return true;
        }
        Party own = p.of(ref);
        ParticipantWords.Kind k = words.of(ref);
        boolean unarmedWords = k == ParticipantWords.Kind.CROWD || k == ParticipantWords.Kind.UNARMED;
        return unarmedWords && !own.state() && (!own.armed() || own.unidentified());
    }

    /** A crowd of unorganised people as the perpetrator ("a group of residents", "five persons", "locals"). */
    private boolean crowd(org.sitrep.model.ActorRef ref, Party party) {
        Party p = party.of(ref);
        return ref != null && words.of(ref) == ParticipantWords.Kind.CROWD && !p.state() && (!p.armed() || p.unidentified());
    }

    /**
     * Harm done with stones, sticks or fists by people whose words name a crowd or no armed group ("two brothers
     * beat a neighbour with sticks"): a crowd's violence, not an armed group's attack.
     */
    private boolean crowdMeans(org.sitrep.model.ActorRef ref, Party party, FightMeans.Means means) {
        if (means != FightMeans.Means.CROWD || ref == null) {
            return false;
        }
        // people named as a crowd or as unarmed people, or by words that name no armed group ("two brothers");
        // "gang members" or "assailants", whom the resolver finds armed, stay an armed group's attack
        ParticipantWords.Kind kind = words.of(ref);
        Party p = party.of(ref);
        boolean people = kind == ParticipantWords.Kind.CROWD || kind == ParticipantWords.Kind.UNARMED
                || kind == ParticipantWords.Kind.UNKNOWN && !p.armed();
        return people && !p.state();
    }

    /** Soldiers or police harmed when off duty, retired or former ones: ACLED's civilians. */
    private boolean noncombatantVictims(MentionDraft d) {
        return words.noncombatantIn(d.sentence().text());
    }

    /**
     * An attack that harmed no one and hit only property: its target names property where nobody lives ("the
     * offices of a radio station", "an oil pipeline"), or it was arson with no target named ("an arson attack
     * targeting a factory"). ACLED codes it as property destruction.
     */
    private boolean propertyOnly(MentionDraft d, Party target) {
        if (harmed(d) || target.named() && (target.armed() || target.state())) {
            return false;
        }
        org.sitrep.model.ActorRef t = d.actor2();
        String head = t == null || t.head() == null ? "" : t.head().toLowerCase(java.util.Locale.ROOT);
        if (lex.propertyTargets.contains(head)) {
            return true;
        }
        return t == null && d.sentence().tokens().stream()
                .anyMatch(k -> lex.arsonWords.contains((k.lemma() == null ? k.word() : k.lemma()).toLowerCase(java.util.Locale.ROOT)));
    }

    /** Whether the draft counts anyone harmed: "No casualties were reported" is a count of none. */
    private static boolean harmed(MentionDraft d) {
        return d.counts().values().stream().anyMatch(c -> c.value() == null || c.value() != 0);
    }

    /** "the air force", "government warplanes", "a drone": the attacker is an air arm or its aircraft. */
    private boolean fromTheAir(org.sitrep.model.ActorRef attacker) {
        if (attacker == null || attacker.text() == null) {
            return false;
        }
        String words = " " + String.join(" ", attacker.text().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) + " ";
        return lex.aircraftWords.stream().anyMatch(w -> words.contains(" " + w + " "));
    }

    /** The sub-type of a draft whose frame left it to the actors ("*"); other drafts keep their type. */
    public EventType refine(MentionDraft d, Party a1, Party a2) {
        EventType t = d.type();
        if (d.frame() == Frame.LOOT && fromTheAir(d.actor1())) {
            return new EventType("Explosions/Remote violence", "Air/drone strike"); // "jets destroyed a depot"
        }
        if (d.frame() == Frame.LOOT && "Looting/property destruction".equals(t.subEventType()) && crowd(d.actor1(), a1)
                && !CrowdActs.few(d.actor1(), d.sentence())) {
            // ACLED's riots: a crowd destroying property does so at a demonstration when its sentence gives it a
            // purpose ("demanding wages"), else as a mob
            boolean purpose = lex.protestPurposes.occursIn(SentenceContext.lowerLemmas(d.sentence()),
                    SentenceContext.lowerWords(d.sentence()));
            return new EventType("Riots", purpose ? "Violent demonstration" : "Mob violence");
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
                // a fight in which one side is an unarmed crowd ("locals clashed with police") is mob violence
                // only a side the clash's own words name counts: a role filled from elsewhere in the sentence
                // ("... and refused to release kidnapped people") is another event's party
                // the means decide when named: firearms make a clash of families or villagers armed, stones,
                // fists or tear gas make one of soldiers and residents a crowd's fight
                FightMeans.Means means = fightMeans.of(d.sentence());
                boolean unarmedSide = d.actor1() != null && unarmed(d.actor1(), a1) || d.actor2() != null && unarmed(d.actor2(), a2);
                if (means == FightMeans.Means.CROWD || unarmedSide && means != FightMeans.Means.FIREARMS) {
                    return new EventType("Riots", "Mob violence");
                }
                return new EventType("Battles", "Armed clash");
            }
            case BOMBING -> {
                boolean fromAir = !a1.named() || a1.state();
                return new EventType("Explosions/Remote violence", fromAir ? "Air/drone strike"
                        : "Remote explosive/landmine/IED");
            }
            default -> {
                if (fromTheAir(d.actor1())) {
                    return new EventType("Explosions/Remote violence", "Air/drone strike");
                }
                // a crowd of residents or a group of people killing or beating someone is mob violence
                FightMeans.Means means = fightMeans.of(d.sentence());
                if (crowd(d.actor1(), a1) && means != FightMeans.Means.FIREARMS || crowdMeans(d.actor1(), a1, means)) {
                    return new EventType("Riots", "Mob violence");
                }
                if (d.frame() == Frame.ATTACK && propertyOnly(d, a2)) {
                    return new EventType("Strategic developments", "Looting/property destruction");
                }
                // a gang's victim who is a trafficker or gang member: armed groups fighting, unless the state killed them
                if (!a1.state() && criminalVictims.of(d)) {
                    return new EventType("Battles", "Armed clash");
                }
                boolean victimsUnarmed = unarmed(d.actor2(), a2) || noncombatantVictims(d);
                if (d.frame() == Frame.GUNFIRE) {
                    // fire is a clash unless it hit unarmed people: ACLED codes exchanges of small arms fire as clashes
                    boolean civilianVictims = victimsUnarmed || harmed(d) && !d.armedTarget();
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
        }
    }
}
