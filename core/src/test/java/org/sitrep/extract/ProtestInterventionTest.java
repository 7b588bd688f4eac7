package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.Frame;

/** What others did to a protest's crowd ({@link ProtestIntervention}), on sentences written for this test. */
class ProtestInterventionTest {
    private final ProtestIntervention intervention = new ProtestIntervention();

    private record Read(SentenceContext ctx, List<Trigger> found, EventGrouper.Group crowd) {
    }

    private static Read read(String text) {
        SentenceContext ctx = Sentences.context(text);
        List<Trigger> found = new TriggerFinder().find(ctx);
        List<EventGrouper.Group> groups = new EventGrouper().group(found, ctx.syntax());
        return new Read(ctx, found, groups.stream().filter(g -> g.family() == Family.CROWD).findFirst().orElseThrow());
    }

    private boolean harmed(String text) {
        Read r = read(text);
        return intervention.harmedByOthers(r.crowd(), r.ctx());
    }

    private boolean lethal(String text, long dead) {
        Read r = read(text);
        return intervention.lethal(r.crowd(), r.ctx(), new Count(dead, null, String.valueOf(dead)));
    }

    private boolean arrestAt(String text) {
        Read r = read(text);
        Trigger arrest = r.found().stream().filter(t -> t.frame() == Frame.ARREST).findFirst().orElseThrow();
        return intervention.arrestAtProtest(r.crowd(), arrest, r.ctx());
    }

    @Test
    void protestersBeatenByOthersAreHarmedByThem() {
        assertThat(harmed("Police beat dozens of teachers protesting over unpaid wages outside the ministry.")).isTrue();
    }

    @Test
    void harmTheCrowdDoesOrProtestsAgainstIsNotDoneToIt() {
        assertThat(harmed("Hundreds of traders marched to the town hall and assaulted two tax inspectors.")).isFalse();
        assertThat(harmed("Farmers marched to the district office to demand the arrest of men who beat a "
                + "herder.")).isFalse();
    }

    @Test
    void deathsAtTheProtestAreLethalForceButThoseItMournsAreNot() {
        assertThat(lethal("Soldiers opened fire on students protesting outside the campus, killing three.", 3)).isTrue();
        assertThat(lethal("Relatives of a driver who was shot dead at a checkpoint rallied outside the governor's "
                + "office.", 1)).isFalse();
    }

    @Test
    void anArrestOfTheCrowdIsAtTheProtestButOneItProtestsIsNot() {
        assertThat(arrestAt("Police detained 20 protesters who blocked the main road into the city.")).isTrue();
        assertThat(arrestAt("Students marched to demand the release of activists who were detained last month."))
                .isFalse();
    }
}
