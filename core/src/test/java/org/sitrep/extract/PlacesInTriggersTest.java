// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Extraction;
import org.sitrep.model.PlaceRef;

/** A name standing between the words of a trigger phrase ("block ... highway") is still a place span of the event. */
class PlacesInTriggersTest {
    @Test
    void aTownNamingTheBlockedRoadIsThePlaceOfTheProtest() {
        Extraction x = new Extractor().extract(Sentences.annotated(
                "On 3 May 2020, protesters angry at rising bread prices blocked the Gabrovo highway with burning tyres."));
        assertThat(x.drafts()).isNotEmpty();
        assertThat(x.drafts().get(0).places()).extracting(PlaceRef::text).contains("Gabrovo");
    }
}
