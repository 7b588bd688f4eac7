// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Place;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceContext;

/**
 * Orders the places a sentence locates its event at: the most specific of the nearest few wins (a town over its
 * district, a district over its province, any of them over a country). Stateless.
 */
final class SceneOrder {
    private SceneOrder() {
    }

    /** The most specific of the nearest few places; nearer wins among equals. */
    static Place mostSpecific(List<Place> places, Set<Place> nearTown) {
        // a country named beside a town is who fights, not where: "India and Pakistan exchanged fire at X (Y district)"
        List<Place> local = places.stream().filter(p -> !PlaceContext.isCountry(p)).toList();
        List<Place> pool = local.isEmpty() ? places : local;
        List<Place> near = pool.subList(0, Math.min(3, pool.size()));
        // a country is the least specific place of all: "Myanmar military airstrikes ... in Sagaing region" is Sagaing;
        // an unlisted village near the town written after it ranks as that town would
        // a town named like its province ("the countryside of Deir-ez-Zor", "between Marib and Al Bayda governorates")
        // may be the province: a district or town of that province the sentence also names is the likelier scene
        return near.stream().min(Comparator.comparingInt(p -> (nearTown.contains(p) ? 1 : p.geoPrecision()) * 2
                + (p.geoPrecision() == 3 && p.admin1() == null ? 1 : 0)
                + (mayBeItsProvince(p, near, nearTown) ? 3 : 0))).orElse(null);
    }

    /** Whether a town bears its admin1 region's name ("Marib" in Ma'rib governorate) beside another place of that region. */
    private static boolean mayBeItsProvince(Place p, List<Place> near, Set<Place> nearTown) {
        return p.geoPrecision() == 1 && p.admin1() != null && Gazetteer.fold(p.name()).equals(Gazetteer.fold(p.admin1()))
                // not beside an unlisted name placed only near a town ("members of X, Y" read as a village by Y)
                && near.stream().anyMatch(q -> q != p && q.geoPrecision() <= 2 && !q.equals(p) && !nearTown.contains(q)
                        && java.util.Objects.equals(q.countryCode(), p.countryCode())
                        && java.util.Objects.equals(q.admin1Key(), p.admin1Key()));
    }
}
