// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.common.GreatCircle;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceRef;
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

    /**
     * The places without the towns and districts read outside every country of the article, when the sentence also
     * names a place inside one: a quarter whose residents attacked police "in" the named city is in that city, not at
     * a town abroad that shares the quarter's name. A place abroad stays when nothing else is named (a border post, a
     * foreign capital).
     */
    static List<Place> withoutNamesakesAbroad(List<Place> places, Set<String> countries) {
        if (countries.isEmpty() || places.stream().noneMatch(p -> countries.contains(p.countryCode()))) {
            return places;
        }
        return places.stream().filter(p -> p.geoPrecision() == 3 || countries.contains(p.countryCode())).toList();
    }

    /**
     * Whether every place a sentence locates its event at is a town read in a country the article is not about, while
     * the article's main place lies in one it is about: such towns are namesakes of names the gazetteer does not list
     * (a gang's, a quarter's, a clan's), and the sentence happened where the article is. Not for an article about no
     * country, nor when the sentence names a country or region.
     */
    static boolean onlyNamesakesAbroad(List<Place> places, Set<String> countries, Place main) {
        return !places.isEmpty() && !countries.isEmpty() && main != null && countries.contains(main.countryCode())
                && places.stream().allMatch(p -> p.geoPrecision() < 3 && !countries.contains(p.countryCode()));
    }

    /**
     * Whether a town written alone lies farther from a town the sentence wrote before it with its province than a
     * quarter of that town could: "in Tampico, Tamaulipas, gunmen shot a grocer in Colonia X" read as a village of
     * the same state 80 km away is a namesake of the quarter (as {@link #namesakeOfPart} judges a part written with
     * "of"). Not for names of a list or stretch ("between X and Y, Z"), each its own place.
     */
    static boolean namesakeOfQuarter(PlaceRef r, ContainedPlaces.Reading reading,
            Map<PlaceRef, PlaceLists.Written> lists) {
        Place p = reading.read().get(r);
        if (p == null || p.geoPrecision() != 1 || reading.contained().contains(r) || lists.get(r) != null) {
            return false;
        }
        for (PlaceRef c : reading.contained()) {
            Place town = reading.read().get(c);
            if (c.start() < r.start() && lists.get(c) == null && town != null && town.geoPrecision() == 1
                    && Objects.equals(town.countryCode(), p.countryCode())
                    && Objects.equals(town.admin1Key(), p.admin1Key()) && farApart(p, town)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a town is read in another country than every place the sentence measures from ("X area, north of Y
     * district"): a place told by its bearing from a reference lies near it, so a reading abroad is a namesake of an
     * unlisted place and the reference says where the event is.
     */
    static boolean namesakeAcrossBorder(Place p, List<Place> references) {
        return p.geoPrecision() < 3 && !references.isEmpty()
                && references.stream().noneMatch(ref -> Objects.equals(ref.countryCode(), p.countryCode()));
    }

    /** How far from its town or district a place written as part of it may lie ("X area of Y city"). */
    private static final double PART_KM = 50;

    /**
     * Whether a place written as part of another ("Shahpur area of Nagpur city") is read as a namesake that does not
     * lie there: farther than {@link #PART_KM} from the town or district, or outside the province. The text says
     * where it is, so such a reading is a namesake of an unlisted area, and the whole it is part of is the scene.
     */
    static boolean namesakeOfPart(Place part, Place whole) {
        if (part == null || whole == null || part.geoPrecision() == 3 || PlaceContext.isCountry(whole)) {
            return false;
        }
        if (whole.geoPrecision() == 3) {
            return !Objects.equals(part.countryCode(), whole.countryCode())
                    || whole.admin1() != null && !Objects.equals(part.admin1Key(), whole.admin1Key());
        }
        if (Objects.equals(part.admin1Key(), whole.admin1Key()) && whole.admin1() != null
                && Gazetteer.fold(whole.name()).equals(Gazetteer.fold(whole.admin1()))) {
            return false; // "X district of Y" with Y read as the town that bears its province's name: Y is the province
        }
        return farApart(part, whole);
    }

    /** Whether two places with coordinates lie farther apart than a part of a town may lie from it ({@link #PART_KM}). */
    static boolean farApart(Place a, Place b) {
        return a.lat() != null && a.lon() != null && b.lat() != null && b.lon() != null && km(a, b) > PART_KM;
    }

    static double km(Place a, Place b) {
        return GreatCircle.km(a.lat(), a.lon(), b.lat(), b.lon());
    }

    /** Whether a town bears its admin1 region's name ("Marib" in Ma'rib governorate) beside another place of that region. */
    private static boolean mayBeItsProvince(Place p, List<Place> near, Set<Place> nearTown) {
        return p.geoPrecision() == 1 && p.admin1() != null && Gazetteer.fold(p.name()).equals(Gazetteer.fold(p.admin1()))
                // not beside an unlisted name placed only near a town ("members of X, Y" read as a village by Y)
                && near.stream().anyMatch(q -> q != p && q.geoPrecision() <= 2 && !q.equals(p) && !nearTown.contains(q)
                        && Objects.equals(q.countryCode(), p.countryCode())
                        && Objects.equals(q.admin1Key(), p.admin1Key()));
    }

    /**
     * The spans that only say where another span lies, with the whole a part is written of when the part's reading lies
     * in it: "travel to the X district of Y" goes to X, and Y, which holds X, is no scene of its own.
     */
    static Set<PlaceRef> withWholesOfParts(Set<PlaceRef> hierarchy, List<PlaceRef> spans, org.sitrep.model.Sentence s,
            Map<PlaceRef, Place> read) {
        Set<PlaceRef> all = new java.util.HashSet<>(hierarchy);
        for (PlaceRef r : spans) {
            PlaceRef whole = PlaceCues.wholeAfter(r, s, spans);
            Place part = read.get(r);
            PlaceRef in = whole == null ? PlaceCues.afterIn(r, s, spans) : null;
            if (in != null && part != null && read.get(in) != null && provinceOf(part, read.get(in))) {
                all.add(in); // "infiltrated into X in Y", "killed in X in Y": Y is the province X lies in, no scene of its own
                continue;
            }
            Place holder = whole == null ? null : read.get(whole);
            if (part == null || holder == null) {
                continue;
            }
            // not "the X region town of Y", where Y is the town and X the region it lies in
            boolean holderCoarser = part.geoPrecision() <= holder.geoPrecision() || holder.admin1() != null
                    && Gazetteer.fold(holder.name()).equals(Gazetteer.fold(holder.admin1()));
            if (holderCoarser && !part.equals(holder) && !PlaceContext.isCountry(holder)
                    && PlaceContext.relation(part, holder) >= 2 && !namesakeOfPart(part, holder)) {
                all.add(whole);
            }
        }
        return all;
    }

    /**
     * Whether a place written before another with "in" ("X in Y") is a town of the province the other names: Y read as
     * that admin1 region, or as the town that bears the region's name (the province's seat, read for the bare name).
     */
    private static boolean provinceOf(Place town, Place holder) {
        if (town.geoPrecision() != 1 || town.equals(holder) || PlaceContext.relation(town, holder) < 2) {
            return false;
        }
        return holder.geoPrecision() == 3 && holder.admin1() != null && !PlaceContext.isCountry(holder)
                || holder.geoPrecision() == 1 && namedLikeItsProvince(holder);
    }

    /** Whether a town bears its admin1 region's name, by any of its names ("Dar'a", also "Daraa", in Daraa). */
    private static boolean namedLikeItsProvince(Place town) {
        if (town.admin1() == null) {
            return false;
        }
        String region = letters(town.admin1());
        return letters(town.name()).equals(region) || town.aliases().stream().anyMatch(a -> letters(a).equals(region));
    }

    /** A name's folded letters and digits only: "Al-Hasakah" and "Al Hasakah" are one name. */
    private static String letters(String name) {
        return Gazetteer.fold(name).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /**
     * Whether a town the sentence names without a container lies in another province of the same country than every
     * place it names with one: "in Monterrey, Nuevo Leon, ... in Colonia Independencia" is a quarter of Monterrey,
     * not the Michoacán village of that name. Such a reading is a namesake, and the stated place is meant.
     */
    static boolean contradicts(Place p, List<Place> stated) {
        if (stated.isEmpty() || stated.contains(p) || p.geoPrecision() != 1) {
            return false;
        }
        boolean sameCountry = false;
        for (Place s : stated) {
            if (java.util.Objects.equals(s.countryCode(), p.countryCode())) {
                if (java.util.Objects.equals(s.admin1Key(), p.admin1Key())) {
                    return false;
                }
                sameCountry = true;
            }
        }
        return sameCountry;
    }
}
