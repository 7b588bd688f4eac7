// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import org.sitrep.common.GreatCircle;
import org.sitrep.model.Place;
import org.sitrep.resolve.place.Regions.Area;

/**
 * Which gazetteer place lies in which: a town in its country or admin1 region, a place within a curated area's
 * radius. Immutable and thread-safe.
 */
final class Containment {
    private final Entities entities;
    private final PlaceRecords records;

    Containment(Entities entities, PlaceRecords records) {
        this.entities = entities;
        this.records = records;
    }

    /**
     * Gazetteer containment, reflexive. True when {@code outer} is a country and {@code inner} is
     * in it; when {@code outer} is an admin1 region and {@code inner} is in that region (a town,
     * an area, the region itself); when {@code outer} is a curated area and {@code inner} is in
     * the same country (and the area's admin1, if it has one) within the area's radius_km of its
     * centre; when both are the same populated place. Places are recognised by geonameId, or for
     * regions, countries and areas by country code and name as this gazetteer returns them.
     */
    boolean within(Place inner, Place outer) {
        if (inner == null || outer == null || outer.countryCode() == null
                || !outer.countryCode().equalsIgnoreCase(inner.countryCode())) {
            return false;
        }
        int o = records.entityOf(outer);
        if (o < 0) {
            return false;
        }
        if (entities.isCountry(o)) {
            return true;
        }
        if (entities.isAdmin1(o)) {
            return records.inRegion(inner, o - entities.admin1Base);
        }
        if (entities.isArea(o)) {
            Area a = entities.area(o);
            if (records.entityOf(inner) == o) {
                return true;
            }
            if (a.admin1() >= 0 && !records.inRegion(inner, a.admin1())) {
                return false;
            }
            return inner.lat() != null && inner.lon() != null
                    && GreatCircle.km(inner.lat(), inner.lon(), a.lat(), a.lon()) <= a.radiusKm();
        }
        return records.entityOf(inner) == o;
    }
}
