// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders the entities a name matched, best first (see {@link Gazetteer} for the order): sorts them, then applies
 * the three adjustments that read across candidates (a major city before a small namesake, a big city before a
 * foreign region of its name, a seat before its region). Stateless.
 */
final class CandidateOrder {

    /** One matched entity with the facts it is ordered by. */
    record Candidate(int id, boolean preferred, boolean hintMismatch, int penalty, int tier,
                     int classRank, long population) {
        static final Comparator<Candidate> ORDER = Comparator
                .comparing((Candidate c) -> !c.preferred())
                .thenComparing(Candidate::hintMismatch)
                .thenComparingInt(Candidate::penalty)
                .thenComparingInt(Candidate::tier)
                .thenComparing(Comparator.comparingInt(Candidate::classRank).reversed())
                .thenComparing(Comparator.comparingLong(Candidate::population).reversed())
                .thenComparingInt(Candidate::id);
    }

    private final Entities entities;

    CandidateOrder(Entities entities) {
        this.entities = entities;
    }

    /** Population from which a city goes first anyway: an exonym of a major city ("Odessa" for Odesa). */
    private static final long MAJOR_CITY = 500_000;
    /** Population from which a city goes first when the text calls the place a city or town ("Naga city"). */
    private static final long NAMED_CITY = 100_000;

    /** Sorts {@code candidates} in place; {@code hint} is what the query's kind word asks for, if any. */
    void order(List<Candidate> candidates, Names.Hint hint) {
        boolean regionHint = hint == Names.Hint.REGION;
        candidates.sort(Candidate.ORDER);
        // "Naga city": a city of 100,000 whose name a village elsewhere bears as its preferred name is the one meant
        promoteMajorCities(candidates, hint == Names.Hint.PLACE ? NAMED_CITY : MAJOR_CITY);
        if (!regionHint) {
            preferCitiesToForeignRegions(candidates);
            putSeatsBeforeRegions(candidates);
        }
    }

    /**
     * An English exonym is often only an alternate name of a major city ("Odessa" for Odesa) and the
     * preferred name of a small namesake elsewhere (Odessa, Texas). A city of at least {@code minPopulation} people
     * (500,000; 100,000 when the text says "city" or "town") that is at least five times larger than the first
     * candidate, in the same country-preference class, goes first: news names the big city far more often. A major
     * city that bears the name as its own goes before one that bears it only as an alternate (an old or biblical
     * name of a bigger city elsewhere); and none goes before a national or provincial capital that bears the name as
     * its own when the major city bears it only as an alternate.
     */
    private void promoteMajorCities(List<Candidate> candidates, long minPopulation) {
        if (candidates.size() < 2) {
            return;
        }
        Candidate first = candidates.get(0);
        Candidate major = null;
        for (Candidate c : candidates) {
            // a city: a district's or region's population is the sum of its towns, and bare "Como" is the town
            // ... and one the query's kind word allows: "Bethlehem district" asks for a region, not Belém (Brazil)
            if (entities.isPlace(c.id()) && c.preferred() == first.preferred() && c.hintMismatch() == first.hintMismatch()
                    && c.population() >= minPopulation
                    && c.population() >= 5 * Math.max(1, first.population())
                    && (major == null || ownName(c) && !ownName(major)
                        || ownName(c) == ownName(major) && c.population() > major.population())) {
                major = c;
            }
        }
        if (major != null && major != first && !(ownName(first) && !ownName(major) && isCapital(first))) {
            candidates.remove(major);
            candidates.add(0, major);
        }
    }

    /**
     * Whether the entity is a country's or a province's capital (PPLC, PPLA): such a capital written by its own name
     * is not an exonym of a bigger city elsewhere that lists the name among its alternates ("Mila" is the capital of an
     * Algerian province, not a variant spelling of Milan).
     */
    private boolean isCapital(Candidate c) {
        if (!entities.isPlace(c.id())) {
            return false;
        }
        String code = entities.places.featureCode(c.id());
        return code.equals("PPLC") || code.equals("PPLA");
    }

    /** Whether the entity was matched by its own name (GeoNames' preferred or ASCII name), not an alternate. */
    private static boolean ownName(Candidate c) {
        return c.tier() < Entities.ALT;
    }

    /**
     * A bare name that is a region and also a city of 100,000 or more ("Beni", "Odessa") more often means
     * the city in news: the most populous such city goes first. With "province" or "state" in the text
     * the region stays first.
     */
    private void preferCitiesToForeignRegions(List<Candidate> candidates) {
        if (candidates.size() < 2 || !entities.isAdmin1(candidates.get(0).id())) {
            return;
        }
        Candidate first = candidates.get(0);
        Candidate city = null;
        for (Candidate c : candidates) {
            if (entities.isPlace(c.id()) && c.population() >= 100_000 && c.preferred() == first.preferred()
                    && (city == null || c.population() > city.population())) {
                city = c;
            }
        }
        if (city != null) {
            candidates.remove(city);
            candidates.add(0, city);
        }
    }

    /**
     * Moves each admin1 region just below a seat (PPLC/PPLA/PPLA2) of that region that is also a candidate; a district's
     * seat (PPLA2) only when it bears the name as its own ("Lagos"): a small seat known by the region's name only as an
     * alternate (a municipal seat that shares its state's name) must not carry the state below unrelated towns.
     */
    private void putSeatsBeforeRegions(List<Candidate> list) {
        Set<Integer> moved = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Candidate c = list.get(i);
            if (!entities.isAdmin1(c.id()) || moved.contains(c.id())) {
                continue;
            }
            int region = c.id() - entities.admin1Base;
            for (int j = i + 1; j < list.size(); j++) {
                Candidate p = list.get(j);
                if (entities.isPlace(p.id()) && p.preferred() == c.preferred() && p.hintMismatch() == c.hintMismatch()
                        && entities.placeAdmin1(p.id()) == region && entities.places.isSeat(p.id())
                        && (ownName(p) || !"PPLA2".equals(entities.places.featureCode(p.id())))) {
                    list.remove(i);
                    list.add(j, c);   // j now points just past the capital
                    moved.add(c.id());
                    i--;
                    break;
                }
            }
        }
    }
}
