package org.sitrep.resolve.actor;

import org.sitrep.model.Actor;
import org.sitrep.model.EventType;

/**
 * ACLED's codebook for who actor1 and actor2 are, applied after the roles were read from the sentence, in order: a
 * side of several actors under one named operation is the operation ({@link JointOperations}); the sides of
 * demonstrations ({@link CrowdSides}) and of violence against civilians ({@link CivilianTargets}); the unnamed sides
 * of a clash on a standing front are the forces holding it ({@link FrontSides}); the sides of bombs ({@link
 * DeviceSides}); a claimant of responsibility ({@link ClaimantSides}); contraband's owners ({@link
 * SeizedContraband}); the default of {@code side-defaults.tsv} for a side the report leaves unnamed ({@link
 * SideDefaults}); identity militias ({@link CommunalSides}); no civilians as a side of a clash ({@link
 * BattleSides}); the state force whose operation a clash broke out in first ({@link OperationSides}). Class names carry the country in brackets as ACLED writes them. Stateless and thread-safe.
 */
public final class ActorConventions {
    private static final String ARMED_CLASH = "Armed clash";
    private static final String SHELLING = "Shelling/artillery/missile attack";

    private final FirstForce forces;
    private final CrowdSides crowds;
    private final CivilianTargets civilians = new CivilianTargets();
    private final FrontSides fronts = new FrontSides();
    private final DeviceSides devices = new DeviceSides();
    private final ClaimantSides claimants;
    private final SeizedContraband contraband = new SeizedContraband();
    private final SideDefaults defaults = new SideDefaults();
    private final CommunalSides communal;
    private final JointOperations joint;
    private final BattleSides battles;
    private final OperationSides operations = new OperationSides();

    public ActorConventions(ActorDictionary dictionary) {
        this.joint = new JointOperations(dictionary);
        this.battles = new BattleSides(dictionary);
        this.forces = new FirstForce(dictionary);
        this.crowds = new CrowdSides(forces);
        this.claimants = new ClaimantSides(dictionary);
        this.communal = new CommunalSides(dictionary);
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
        String sub = type.subEventType();
        ActorRoles.Roles named = joint.apply(roles, c);
        ActorRoles.Roles r = switch (type.eventType()) {
            case "Protests" -> crowds.protest(named, c);
            case "Riots" -> crowds.riot(named, "Mob violence".equals(sub), c);
            case "Violence against civilians" -> civilians.apply(named, c);
            default -> named;
        };
        if (ARMED_CLASH.equals(sub)) {
            r = CommunalSides.coordinated(r);
            if (r.actor1() == null && r.actor2() == null) {
                // "Police raided the house. Gunfire was exchanged.": the force whose operation the sentence before told
                r = new ActorRoles.Roles(forces.in(c.preceding(), c), null);
            }
            // fire reported on a standing front line is between the two forces holding it
            r = fronts.apply(r, c.place(), c.sentence() + " " + c.following(), c.when());
        }
        if (SHELLING.equals(sub)) {
            // shelling near a place one force of a standing front holds came from the force across the line
            r = fronts.shelling(r, c.place(), c.sentence() + " " + c.following(), c.when());
        }
        r = devices.apply(r, sub, harmed);
        r = claimants.apply(r, type, c);
        r = defaults.initiator(r, sub, c);
        r = contraband.apply(r, sub, c);
        boolean unnamed1 = r.actor1() == null;
        boolean unnamed2 = r.actor2() == null;
        r = defaults.fill(r, sub, c);
        r = communal.apply(r, ARMED_CLASH.equals(sub), unnamed1, unnamed2, c);
        // last, when the identity militias are known: civilians are no side of a battle; and the order of its sides
        return ARMED_CLASH.equals(sub) ? operations.apply(battles.apply(r, c), c) : r;
    }
}
