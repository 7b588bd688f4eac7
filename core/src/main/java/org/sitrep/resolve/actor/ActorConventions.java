package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorClass;
import org.sitrep.model.ActorType;
import org.sitrep.model.EventType;

/**
 * ACLED's codebook for who actor1 and actor2 are, applied after the roles were read from the sentence: a protest's
 * actor1 is "Protesters (X)" and its actor2 the force policing it; a riot's actor1 is "Rioters (X)" and its actor2 the
 * force it faced (else another crowd it fought, or for mob violence "Civilians (X)"); the target of violence against civilians is "Civilians
 * (X)"; the unnamed sides of a clash on a standing front are the forces holding it ({@link FrontSides}); a side the
 * report leaves unnamed gets the default of {@code side-defaults.tsv} for the sub-type; an unidentified armed group
 * fighting for a clan, tribe or community is an identity militia ({@link IdentityCues}). Class names
 * carry the country in brackets as ACLED writes them. Stateless and thread-safe.
 */
public final class ActorConventions {
    static final String SIDE_DEFAULTS = "/actors/side-defaults.tsv";
    static final String RECIPROCAL_WORDS = "/actors/reciprocal-words.tsv";
    static final String OUT_OF_SERVICE_WORDS = "/actors/out-of-service-words.tsv";
    static final String CONTRABAND_NOUNS = "/lexicon/contraband-nouns.tsv";

    private static final String ARMED_CLASH = "Armed clash";
    private static final String SHELLING = "Shelling/artillery/missile attack";
    private static final String EXPLOSIVE = "Remote explosive/landmine/IED";
    private static final String GRENADE = "Grenade";
    private static final String DISRUPTED = "Disrupted weapons use";
    /** The class of an identity militia facing one the report names but does not say which community it is. */
    private static final String UNNAMED_COMMUNITY = "Unidentified Communal Militia";
    /** The event types of political violence, whose doer a claim can name. */
    private static final java.util.Set<String> POLITICAL_VIOLENCE = java.util.Set.of("Battles",
            "Explosions/Remote violence", "Violence against civilians");
    /** Two groups coordinated in one phrase ("X and Y militias"). */
    private static final Pattern COORDINATED = Pattern.compile("\\S\\s+and\\s+\\S");

    private final ActorDictionary dictionary;
    private final FrontSides fronts = new FrontSides();
    private final ClaimedAttacks claims;
    private final ActorPeriods periods;
    private final IdentityCues identity;
    /** Sub-event type -> side (0 actor1, 1 actor2) -> default. */
    private final Map<String, SideDefault[]> defaults;
    /** Any reciprocal word or phrase of {@code reciprocal-words.tsv}, on whole words. */
    private final Pattern reciprocal;
    /** Any word of {@code out-of-service-words.tsv} ("off-duty", "retired"), on whole words. */
    private final Pattern outOfService;
    /** Any noun of {@code lexicon/contraband-nouns.tsv} ("cannabis", "cigarettes"), on whole words. */
    private final Pattern contraband;

    public ActorConventions(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.claims = new ClaimedAttacks(dictionary);
        this.periods = new ActorPeriods(dictionary);
        this.identity = new IdentityCues(dictionary.countries,
                words -> dictionary.find(words, null).stream().anyMatch(m -> !m.generic()));
        Map<String, SideDefault[]> d = new HashMap<>();
        for (Tsv.Row r : Tsv.read(SIDE_DEFAULTS, 3)) {
            String where = SIDE_DEFAULTS + ":" + r.line() + ": ";
            int side = switch (r.get(1)) {
                case "actor1" -> 0;
                case "actor2" -> 1;
                default -> throw new IllegalStateException(where + "side must be actor1 or actor2, not '" + r.get(1) + "'");
            };
            SideDefault value = SideDefault.of(r.get(2))
                    .orElseThrow(() -> new IllegalStateException(where + "unknown default '" + r.get(2) + "'"));
            d.computeIfAbsent(r.get(0), k -> new SideDefault[2])[side] = value;
        }
        this.defaults = Map.copyOf(d);
        List<String> words = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(RECIPROCAL_WORDS, 1)) {
            words.add(LexiconPhrase.regex(r.get(0).toLowerCase(Locale.ROOT)));
        }
        this.reciprocal = Pattern.compile("(?i)(?<![\\p{L}])(?:" + String.join("|", words) + ")(?![\\p{L}])");
        this.outOfService = anyOf(OUT_OF_SERVICE_WORDS);
        this.contraband = anyOf(CONTRABAND_NOUNS);
    }

    /** Any word or phrase of a one-column list, on whole words, any case; a hyphen or space matches either. */
    private static Pattern anyOf(String file) {
        List<String> words = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(file, 1)) {
            words.add(Pattern.quote(r.get(0).toLowerCase(Locale.ROOT)).replaceAll("[ -]", "\\\\E[\\\\s-]+\\\\Q"));
        }
        return Pattern.compile("(?i)(?<![\\p{L}])(?:" + String.join("|", words) + ")(?![\\p{L}])");
    }

    /** The roles after ACLED's conventions for the event type, class names labelled with the country. */
    public ActorRoles.Roles apply(ActorRoles.Roles roles, EventType type, ActorRoles.Clause c) {
        return apply(roles, type, c, false);
    }

    /**
     * The roles after ACLED's conventions for the event type, class names labelled with the country; {@code harmed}:
     * the report counts people killed or injured in the event.
     */
    public ActorRoles.Roles apply(ActorRoles.Roles roles, EventType type, ActorRoles.Clause c, boolean harmed) {
        Actor a1 = roles.actor1();
        Actor a2 = roles.actor2();
        switch (type.eventType()) {
            case "Protests" -> {
                // whoever organised it, ACLED's actor1 of a protest is the crowd; the other side is the force policing it
                a1 = new Actor(ActorClass.PROTESTERS.label(), ActorType.PROTESTERS, ActorRoles.isCrowd(a1) ? a1.text() : null);
                if (!ActorRoles.forces(a2)) {
                    a2 = stateIn(c.sentence() + " " + c.following(), c);
                }
            }
            case "Riots" -> {
                if (ActorRoles.forces(a1) && (a2 == null || ActorRoles.isCrowd(a2))) {
                    a2 = a1; // "police clashed with youths": ACLED puts the rioters first
                    a1 = null;
                }
                a1 = crowd(a1);
                if (a2 == null || ActorRoles.isCrowd(a2)) {
                    // the force the crowd faced ("pelted stones at police"); else two crowds that fought each other
                    // are both rioters; else a mob's victims are civilians
                    // a mob's police named only after its sentence came to stop it, and are no side of the violence
                    boolean mob = "Mob violence".equals(type.subEventType());
                    Actor forces = stateIn(mob ? c.sentence() : c.sentence() + " " + c.following(), c);
                    if (forces != null) {
                        a2 = forces;
                    } else if (reciprocal.matcher(c.sentence()).find()) {
                        a2 = new Actor(ActorClass.RIOTERS.label(), ActorType.RIOTERS, a2 == null ? null : a2.text());
                    } else if (a2 == null && mob) {
                        a2 = new Actor(ActorClass.CIVILIANS.label(), ActorType.CIVILIANS, null);
                    }
                }
            }
            case "Violence against civilians" -> {
                if ((a1 == null || a1.type() == ActorType.CIVILIANS) && ActorRoles.isState(a2)
                        && !outOfService.matcher(c.sentence()).find()) {
                    // no perpetrator named but a state force: the force acted ("killed during a police raid")
                    Actor victims = a1;
                    a1 = a2;
                    a2 = victims;
                }
                if (a1 == null || a1.type() == ActorType.CIVILIANS) {
                    a1 = new Actor(ActorClass.UNIDENTIFIED_ARMED_GROUP.label(), ActorType.POLITICAL_MILITIA, a1 == null ? null : a1.text());
                }
                // ACLED's definition: whoever they are (an off-duty soldier, a militia's relative), the targets of
                // violence against civilians are civilians
                if (a2 == null || a2.type() != ActorType.CIVILIANS) {
                    a2 = new Actor(ActorClass.CIVILIANS.label(), ActorType.CIVILIANS, a2 == null ? null : a2.text());
                }
            }
            default -> {
            }
        }
        if (ARMED_CLASH.equals(type.subEventType()) && a2 == null && a1 != null
                && a1.type() == ActorType.IDENTITY_MILITIA && a1.text() != null && COORDINATED.matcher(a1.text()).find()) {
            // "X and Y communal militias clashed": both sides are militias of the class the words name
            a2 = new Actor(a1.name(), a1.type(), null);
        }
        if (ARMED_CLASH.equals(type.subEventType()) && a1 == null && a2 == null) {
            // "Police raided the house. Gunfire was exchanged.": the force whose operation the sentence before told
            a1 = stateIn(c.preceding(), c);
        }
        if (ARMED_CLASH.equals(type.subEventType())) {
            // fire reported on a standing front line is between the two forces holding it
            ActorRoles.Roles onFront = fronts.apply(new ActorRoles.Roles(a1, a2), c.place(),
                    c.sentence() + " " + c.following(), c.when());
            a1 = onFront.actor1();
            a2 = onFront.actor2();
        }
        if (SHELLING.equals(type.subEventType())) {
            // shelling near a place one force of a standing front holds came from the force across the line
            ActorRoles.Roles onFront = fronts.shelling(new ActorRoles.Roles(a1, a2), c.place(),
                    c.sentence() + " " + c.following(), c.when());
            a1 = onFront.actor1();
            a2 = onFront.actor2();
        }
        if (EXPLOSIVE.equals(type.subEventType()) && ActorRoles.forces(a1) && a2 == null) {
            // a state force is the only side named in a bombing: forces clear or defuse devices (disrupted weapons
            // use), they do not plant them, so the force named is the one the device hit ("a roadside bomb struck
            // a police vehicle") and the bomber is unnamed
            a2 = a1;
            a1 = null;
        }
        if ((EXPLOSIVE.equals(type.subEventType()) || GRENADE.equals(type.subEventType())) && a2 == null && harmed) {
            // people killed or wounded by a device with no armed side named among them ("killing a driver"): ACLED's
            // targets who are not armed actors are civilians
            a2 = new Actor(ActorClass.CIVILIANS.label(), ActorType.CIVILIANS, null);
        }
        if (POLITICAL_VIOLENCE.contains(type.eventType()) && ClaimedAttacks.unnamed(a1)) {
            // "An IED hit a convoy. The Front claimed responsibility.": ACLED's actor1 is the claimant
            // (as ACLED codes the group on the event's day: a movement that took power acts as the state)
            Actor claimant = periods.on(claims.claimant(c.sentence() + " " + c.following(), c.countryHint()), c.when(),
                    c.countryHint());
            if (claimant != null && (a2 == null || !a2.name().equals(claimant.name()))) {
                a1 = new Actor(claimant.name(), claimant.type(), a1 == null ? null : a1.text());
            }
        }
        if (DISRUPTED.equals(type.subEventType()) && ActorRoles.isState(a1) && ClaimedAttacks.unnamed(a2)) {
            // "police defused two bombs planted by X": the weapons disrupted were X's, ACLED's actor2
            Actor owner = periods.on(claims.claimant(c.sentence() + " " + c.following(), c.countryHint()), c.when(),
                    c.countryHint());
            if (owner != null && !owner.name().equals(a1.name())) {
                a2 = new Actor(owner.name(), owner.type(), a2 == null ? null : a2.text());
            }
        }
        SideDefault[] d = defaults.get(type.subEventType());
        if (d != null && d[0] != null && d[0].type() == ActorType.POLITICAL_MILITIA && a1 != null
                && a1.type() == ActorType.CIVILIANS) {
            // civilians never initiate political violence in ACLED: whoever did it is an armed group the words read
            // as civilians do not describe ("residents heard explosions": witnesses)
            a1 = new Actor(d[0].name(c.country()), d[0].type(), null);
        }
        if ("Looting/property destruction".equals(type.subEventType()) && ActorRoles.forces(a1)
                && (a2 == null || a2.type() == ActorType.CIVILIANS) && contraband.matcher(c.sentence()).find()) {
            // contraband the police or army seized belonged to the smugglers, an armed group ACLED leaves unnamed
            a2 = new Actor(ActorClass.UNIDENTIFIED_ARMED_GROUP.label(), ActorType.POLITICAL_MILITIA, a2 == null ? null : a2.text());
        }
        boolean unnamed1 = a1 == null;
        boolean unnamed2 = a2 == null;
        if (d != null) {
            a1 = a1 != null || d[0] == null ? a1 : new Actor(d[0].name(c.country()), d[0].type(), null);
            a2 = a2 != null || d[1] == null ? a2 : new Actor(d[1].name(c.country()), d[1].type(), null);
        }
        // an unnamed armed group fighting for a clan, tribe or community is an identity militia
        String told = withoutIdentityMilitias(c.sentence() + " " + c.following(), c);
        a1 = identity.apply(labelled(a1, c), told);
        a2 = identity.apply(labelled(a2, c), told);
        if (ARMED_CLASH.equals(type.subEventType())) {
            // "tribesmen clashed over a well": a community's militia fights another community's, not an armed group
            // of no identity (ACLED codes most clashes of an identity militia as two identity militias)
            if (unnamed2 && isIdentityMilitia(a1)) {
                a2 = otherCommunity(a1, a2, c);
            } else if (unnamed1 && isIdentityMilitia(a2)) {
                a1 = otherCommunity(a2, a1, c);
            }
        }
        return new ActorRoles.Roles(a1, a2);
    }

    private static boolean isIdentityMilitia(Actor a) {
        return a != null && a.type() == ActorType.IDENTITY_MILITIA;
    }

    /**
     * The unnamed side facing identity militia {@code named}: a militia of the same class when the report named only
     * the class ("Unidentified Tribal Militia"), else an unidentified communal militia; {@code unnamed}'s words kept.
     */
    private static Actor otherCommunity(Actor named, Actor unnamed, ActorRoles.Clause c) {
        String name = named.name().startsWith("Unidentified ") ? named.name()
                : UNNAMED_COMMUNITY + (c.country() == null ? "" : " (" + c.country() + ")");
        return new Actor(name, ActorType.IDENTITY_MILITIA, unnamed == null ? null : unnamed.text());
    }

    /** A riot's actor1: the crowd, keeping the words it was read from; a named armed non-state actor stays. */
    private static Actor crowd(Actor a1) {
        if (a1 != null && !ActorRoles.isCrowd(a1) && !ActorClass.UNIDENTIFIED_ARMED_GROUP.names(a1.name()) && !ActorRoles.isState(a1)) {
            return a1;
        }
        return new Actor(ActorClass.RIOTERS.label(), ActorType.RIOTERS, a1 == null ? null : a1.text());
    }

    /** The first state force named in the text (a protest's police), or null. */
    private Actor stateIn(String text, ActorRoles.Clause c) {
        List<ActorMatch> found = dictionary.find(text, c.countryHint());
        for (ActorMatch m : found) {
            if (ActorRoles.forces(m.actor()) && !m.countryUnknown()) {
                return m.actor();
            }
        }
        return null;
    }

    /**
     * The text with the identity militias it names blanked out: "troops backed by clan militias took the town from
     * the insurgents" says nothing of the insurgents' clan.
     */
    private String withoutIdentityMilitias(String text, ActorRoles.Clause c) {
        StringBuilder out = null;
        for (ActorMatch m : dictionary.find(text, c.countryHint())) {
            if (m.actor().type() == ActorType.IDENTITY_MILITIA) {
                out = out == null ? new StringBuilder(text) : out;
                for (int i = m.start(); i < m.end(); i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** "Civilians" -> "Civilians (Mali)": ACLED's names for classes of actors carry the country. */
    private static Actor labelled(Actor a, ActorRoles.Clause c) {
        if (a == null || c.country() == null || a.name().endsWith(")") || !isBareClassName(a.name())) {
            return a;
        }
        return new Actor(a.name() + " (" + c.country() + ")", a.type(), a.text());
    }

    /** A class name not yet labelled with a country (the caller checks the closing parenthesis). */
    private static boolean isBareClassName(String name) {
        return name.equals(ActorClass.CIVILIANS.label()) || name.equals(ActorClass.PROTESTERS.label())
                || name.equals(ActorClass.RIOTERS.label()) || ActorClass.UNIDENTIFIED_ARMED_GROUP.names(name);
    }
}
