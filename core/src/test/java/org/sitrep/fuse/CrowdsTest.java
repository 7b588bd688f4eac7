package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fuse.ClusterMentions.HOMS;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Source;
import org.sitrep.model.Status;

/** The kinds of people a crowd report names its crowd by, and when two crowds are two. */
class CrowdsTest {
    private static final EventType PROTEST = new EventType("Protests", "Peaceful protest");
    private static final EventDate DAY = new EventDate(LocalDate.of(2016, 3, 8), null, DatePrecision.DAY,
            "on 8 March 2016", DateBasis.TEXT);

    private static EventMention report(String doc, EventType type, String trigger, String sentence) {
        return new EventMention(doc + "-m", type, Status.OCCURRED, false, DAY, HOMS, null, null, null, null, Map.of(),
                List.of(new Source(doc, "outlet-" + doc, null, sentence, 0, sentence.length(), List.of())), List.of(),
                trigger, "PROTEST");
    }

    private static EventMention protest(String doc, String trigger, String sentence) {
        return report(doc, PROTEST, trigger, sentence);
    }

    @Test
    void theKindsBeforeTheTriggerNameTheCrowd() {
        assertThat(Crowds.read(protest("a", "protested",
                "On 8 March 2016, hundreds of bakers and farmers protested in Homs against the price of flour.")))
                .containsExactly("farmers");
        assertThat(Crowds.read(protest("a", "demonstration",
                "Taxi drivers and hawkers staged a demonstration outside the governor's office.")))
                .containsExactlyInAnyOrder("drivers", "traders");
    }

    @Test
    void wordsAfterTheTriggerAndWordsForAnyCrowdNameNoKind() {
        assertThat(Crowds.read(protest("a", "protested",
                "Residents protested in Homs against the arrest of two journalists."))).isEmpty();
        assertThat(Crowds.read(protest("a", "protest",
                "A protest was held in Homs, a monitor said."))).isEmpty();
        assertThat(Crowds.read(protest("a", "rallied", "No one rallied."))).isEmpty();
    }

    @Test
    void aTwoWordKindIsReadBeforeItsLastWord() {
        assertThat(Crowds.kindsIn("dozens of health workers")).containsExactly("health workers");
        assertThat(Crowds.kindsIn("dozens of workers")).containsExactly("labour");
        assertThat(Crowds.kindsIn("medics and nurses of the city hospital")).containsExactly("health workers");
    }

    @Test
    void twoCrowdReportsNamingKindsWithNoneInCommonAreApart() {
        Crowds run = new Crowds(new EventClasses());
        EventMention dockers = protest("a", "protested", "On 8 March 2016, dockers protested in Homs over unpaid wages.");
        EventMention farmers = protest("b", "marched", "On 8 March 2016, farmers marched in Homs over the flour price.");
        EventMention both = protest("c", "protested", "Farmers and dockers protested in Homs on Tuesday.");
        EventMention anyone = protest("d", "protested", "Hundreds protested in Homs on Tuesday.");
        assertThat(run.apart(dockers, farmers)).isTrue();
        assertThat(run.apart(dockers, both)).as("a kind in common").isFalse();
        assertThat(run.apart(dockers, anyone)).as("no kind named").isFalse();
        EventMention shelling = report("e", ClusterMentions.SHELLING, "shelled",
                "On 8 March 2016, farmers said troops shelled Homs.");
        assertThat(run.of(shelling)).as("not a crowd's event").isEmpty();
        assertThat(run.apart(farmers, shelling)).isFalse();
    }
}
