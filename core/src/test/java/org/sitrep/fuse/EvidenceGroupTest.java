package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fuse.ClusterMentions.HOMS;
import static org.sitrep.fuse.ClusterMentions.SHELLING;
import static org.sitrep.fuse.ClusterMentions.shelling;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Status;
import org.sitrep.resolve.place.Gazetteer;

/** The coarse classes of the ontology's pairs and the groups dated mentions give evidence in. */
class EvidenceGroupTest {
    private static final LocalDate DAY = LocalDate.of(2016, 3, 8);
    private static final Place IDLIB = new Place("Idlib", "Syria", "SY", "Idlib", "SY.12", null, 35.93, 36.63, 1,
            List.of(), 169389L, "Idlib");
    private static Fuser fuser;

    @BeforeAll
    static void load() {
        fuser = new Fuser(Gazetteer.load());
    }

    private static EventMention typed(EventMention m, EventType type, String frame, Status status) {
        return new EventMention(m.id(), type, status, m.aggregate(), m.date(), m.location(), null, null, null, null,
                m.counts(), m.sources(), List.of(), m.trigger(), frame);
    }

    @Test
    void aLegalPairTakesItsOntologyClassAndAPairTheOntologyLacksItsEventType() {
        EventClasses classes = new EventClasses();
        assertThat(classes.coarse(SHELLING)).isEqualTo("shelling");
        assertThat(classes.coarse(new EventType("Battles", "Armed clash"))).isEqualTo("clash");
        assertThat(classes.coarse(new EventType("Battles", "Shelling/artillery/missile attack")))
                .as("a sub-type under the wrong event type is no legal pair").isEqualTo("Battles");
        assertThat(classes.coarse(new EventType("Battles", null))).isEqualTo("Battles");
    }

    @Test
    void reportsOfOneClassAtOnePlaceShareAGroupAndOtherPlacesOrClassesDoNot() {
        EventMention a = shelling("a", DAY, HOMS, 4);
        EventMention b = shelling("b", DAY.plusDays(2), HOMS, 9);
        assertThat(fuser.evidenceGroup(a)).contains(new Fuser.EvidenceGroup("Homs",
                new ClassSignature("shelling", true, false)));
        assertThat(fuser.evidenceGroup(b)).isEqualTo(fuser.evidenceGroup(a));
        assertThat(fuser.evidenceGroup(shelling("c", DAY, IDLIB, 4))).isNotEqualTo(fuser.evidenceGroup(a));
        EventMention clash = typed(a, new EventType("Battles", "Armed clash"), "CLASH", Status.OCCURRED);
        assertThat(fuser.evidenceGroup(clash)).contains(new Fuser.EvidenceGroup("Homs",
                new ClassSignature("clash", true, false)));
        EventMention denied = typed(a, SHELLING, "SHELL", Status.DENIED);
        assertThat(fuser.evidenceGroup(denied)).contains(new Fuser.EvidenceGroup("Homs",
                new ClassSignature("shelling", true, true)));
    }

    @Test
    void anUndatedUnplacedOrRunningTotalReportIsNoEvidence() {
        EventMention undated = ClusterMentions.mention("a", EventDate.unknown(null), HOMS, 4);
        assertThat(fuser.evidenceGroup(undated)).isEmpty();
        assertThat(fuser.evidenceGroup(shelling("b", DAY, null, 4))).isEmpty();
        EventMention m = shelling("c", DAY, HOMS, 4);
        EventMention total = new EventMention(m.id(), m.type(), m.status(), true, m.date(), m.location(), null, null,
                null, null, Map.of(), m.sources(), List.of(), m.trigger(), m.frame());
        assertThat(fuser.evidenceGroup(total)).isEmpty();
    }

    @Test
    void aGroupSurvivesSerializationAsADistributedRunShipsIt() throws Exception {
        Fuser.EvidenceGroup group = fuser.evidenceGroup(shelling("a", DAY, HOMS, 4)).orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(group);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Object back = in.readObject();
            assertThat(back).isEqualTo(group);
            assertThat(back.hashCode()).isEqualTo(group.hashCode());
        }
    }
}
