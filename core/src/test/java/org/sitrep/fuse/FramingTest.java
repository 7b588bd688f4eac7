// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.OutletFraming;
import org.sitrep.model.Source;
import org.sitrep.model.Status;

/** Each outlet's words for each actor, most used first, without the leading words that frame nothing. */
class FramingTest {
    @Test
    void leadingArticlesAndSoCalledAreNotPartOfTheFraming() {
        List<OutletFraming> f = Framing.of(List.of(
                mention("d1", "Wire A", "the so-called liberation front"),
                mention("d2", "Wire A", "The insurgents"),
                mention("d3", "Wire A", "insurgents"),
                mention("d4", "Daily B", "their fighters"),
                mention("d5", "Daily B", "theory group")));
        assertThat(f).extracting(OutletFraming::outlet).containsExactly("Daily B", "Wire A");
        assertThat(f.get(1).articles()).isEqualTo(3);
        // only the first leading word goes: "so-called" after "the" stays, as written
        assertThat(f.get(1).wordsByActor().get("Front")).containsExactly("insurgents", "so-called liberation front");
        // "theory" is not "the" followed by a space
        assertThat(f.get(0).wordsByActor().get("Front")).containsExactly("fighters", "theory group");
    }

    @Test
    void theSkipWordsComeFromTheLexiconAsWholeWords() {
        var p = Framing.leading(java.util.Set.of("an", "so-called"));
        assertThat(p.matcher("An armed group").replaceAll("")).isEqualTo("armed group");
        assertThat(p.matcher("so-called guards").replaceAll("")).isEqualTo("guards");
        assertThat(p.matcher("sox fans").replaceAll("")).isEqualTo("sox fans");
    }

    private static EventMention mention(String doc, String outlet, String actorText) {
        return new EventMention(doc + "-m", new EventType("Battles", "Armed clash"), Status.OCCURRED, false,
                new EventDate(LocalDate.of(2021, 5, 3), null, DatePrecision.DAY, "on Monday", DateBasis.TEXT), null, null,
                null, new Actor("Front", ActorType.REBEL_GROUP, actorText), null, Map.of(),
                List.of(new Source(doc, outlet, null, "A sentence.", 0, 11, List.of())), List.of(), "clash", "FIGHT");
    }
}
