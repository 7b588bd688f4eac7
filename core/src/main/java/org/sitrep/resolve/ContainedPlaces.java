package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceContext;
import org.sitrep.resolve.place.PlaceSpans;

/**
 * Reads each place a draft names with the container written after it ("Pervomaiske, Luhansk", "X (Y, Z)"): the
 * namesake the container holds, a place within it, or an unlisted village placed in its district or province. One job,
 * used by {@link PlaceResolver} both to choose a mention's places and to learn which places an article states with
 * their container. Stateless: a loaded pipeline shares it across threads.
 */
final class ContainedPlaces {
    /** Population from which a town written with another district of its province keeps its reading (the district miswritten). */
    private static final long DISTRICT_SLIP_TOWN = 100_000;
    private final PlaceReadings readings;
    private final ContainerReading containers;
    private final UnlistedPlace unlisted;
    private final CityQuarters quarters;

    ContainedPlaces(PlaceReadings readings, ContainerReading containers, UnlistedPlace unlisted) {
        this.readings = readings;
        this.containers = containers;
        this.unlisted = unlisted;
        this.quarters = new CityQuarters(readings);
    }

    /**
     * The places of one draft, each read with the container written after it.
     *
     * @param read      each span's reading (spans without one are absent)
     * @param hierarchy the spans that only say where another span lies ("Luhansk" of "Pervomaiske, Luhansk")
     * @param contained the spans read with their container
     * @param stated    places read with their written container that have an admin1
     * @param nearTown  unlisted places near the town written after them
     */
    record Reading(Map<PlaceRef, Place> read, Set<PlaceRef> hierarchy, Set<PlaceRef> contained,
            List<Place> stated, Set<Place> nearTown) {
    }

    /** Each place of the draft read with the container written after it, whatever the order of the spans. */
    Reading read(MentionDraft d, PlaceContext context) {
        return read(d.places(), d.sentence(), context);
    }

    /** Each of a sentence's place spans read with the container written after it. */
    Reading read(List<PlaceRef> places, Sentence sentence, PlaceContext context) {
        Set<PlaceRef> hierarchy = new java.util.HashSet<>();
        Set<PlaceRef> contained = new java.util.HashSet<>();
        Map<PlaceRef, Place> read = new java.util.HashMap<>();
        List<Place> stated = new ArrayList<>();
        Set<Place> nearTown = new java.util.HashSet<>();
        List<PlaceRef> inTextOrder = new ArrayList<>(places);
        inTextOrder.sort(Comparator.comparingInt(PlaceRef::start));
        Map<PlaceRef, PlaceLists.Written> lists = PlaceLists.of(places, sentence);
        for (PlaceRef r : inTextOrder) {
            Place p = readings.resolve(r.text(), context);
            PlaceRef alternate = p == null ? null : PlaceSpans.alternateName(r, sentence, places);
            if (alternate != null) {
                hierarchy.add(alternate); // "X (Y) district": Y is X's other name, no scene of its own
            }
            PlaceRef in = hierarchy.contains(r) ? null : PlaceSpans.container(r, sentence, places);
            in = in != null && lists.get(in) != null && lists.get(in) == lists.get(r) ? null : in; // "X, Y and Z": no container
            PlaceRef outer = in == null ? null : PlaceSpans.container(in, sentence, places);
            Place country = outer == null ? null : readings.resolve(in.text(), context);
            if (country != null && PlaceContext.isCountry(country)) {
                // "X area in northwestern Yemen (Y, Z)": the units bracketed after the country are where X lies
                hierarchy.add(in);
                in = outer;
                outer = PlaceSpans.container(in, sentence, places);
            }
            // a name written alone that the article places elsewhere with its container; not when this very sentence
            // writes it as a container ("Kasserine (Ezzouhour, Kasserine)") or with one
            Place elsewhere = in == null && !hierarchy.contains(r) && !r.modifier()
                    && !PlaceSpans.isContainer(r, sentence, places)
                    && !writtenWithContainer(r, places, sentence) ? context.statedAs(r.text()) : null;
            if (elsewhere != null) {
                p = elsewhere.withText(r.text()); // "Kamyanka" after "near Kamyanka, Donetsk": the one the article placed
            }
            if (in != null && (p == null || p.geoPrecision() < 3)) {
                hierarchy.add(in);
                // "Rafah (Rafah, North Sinai)": the town is its district's seat; the province after it says where,
                // unless it holds no reading ("Nawabshah (Nawabshah, Punjab)" with the province miswritten)
                Place held = outer != null && ContainerReading.sameName(r, in)
                        ? containers.inOwnDistrict(r.text(), in.text(), outer.text(), context) : null;
                held = held == null && outer != null && ContainerReading.sameName(r, in)
                        ? containers.heldIn(p, r.text(), outer.text(), context) : held;
                if (held != null) {
                    hierarchy.add(outer);
                } else {
                    held = containers.heldIn(p, r.text(), in.text(), context);
                    Place district = held == p && outer != null ? namesakeInOtherDistrict(held, in, outer, context) : null;
                    if (district != null) {
                        // "X (Y, Z)" with X listed only far off in another district of Z: an unlisted X of district Y
                        held = unlisted.inContainer(r, district);
                    }
                    Place byCity = outer == null
                            ? quarters.byCity(held, r.text(), readings.resolve(in.text(), context), context.countries()) : null;
                    held = byCity != null ? byCity : held; // "X, City": the X by the city, not a namesake far out in its province
                }
                Place province = outer == null || ContainerReading.sameName(r, in) ? null : provinceOf(outer, context);
                if (held != null && province != null && Hierarchy.abroad(held, province)) {
                    // "X, Y, Z state" with X and Y read together abroad: both lie in Z
                    held = withinProvince(r, in, outer, province, context);
                }
                Place written = held == null && p != null && outer != null && unlistedUnit(in, context)
                        ? provinceOf(outer, context) : null;
                if (written != null && !Hierarchy.inNeighbourProvince(p, written)) {
                    // "X (Y, Z)" with no unit Y listed: Z alone says where X lies
                    Place inside = containers.heldIn(p, r.text(), outer.text(), context);
                    held = inside != null && PlaceContext.relation(inside, written) >= 2 ? inside
                            : Hierarchy.within(p, r.text(), written, containers.provinces(outer.text(), context));
                    hierarchy.add(outer);
                }
                Place city = held == null && p != null && outer == null // "Tampico, Nayarit", not "X (Y, Z)"
                        ? containers.miswrittenProvince(r.text(), in.text(), context) : null;
                if (held != null) {
                    p = held;
                    contained.add(r);
                    if (outer != null && holds(outer, held, context)) {
                        hierarchy.add(outer); // "X locality (Y, Z)": Z holds Y, which holds X; Z is no scene of its own
                    }
                    if (p.admin1() != null) {
                        stated.add(p);
                    }
                } else if (city != null) {
                    p = city;
                    hierarchy.add(in); // "Tampico, Nayarit": the city is meant, its province miswritten
                    contained.add(r);
                    if (p.admin1() != null) {
                        stated.add(p);
                    }
                } else if (p != null) {
                    PlaceRef into = outer != null && ContainerReading.sameName(r, in) ? outer : in;
                    hierarchy.add(into);
                    // a container that names a province ("Benito Juarez, Nuevo Leon") is that province, not a village
                    // of its name that happens to lie beside the place's namesake in another province
                    List<Place> provinces = containers.provinces(into.text(), context);
                    Place outerProvince = into == in && outer != null ? provinceOf(outer, context) : null;
                    if (outerProvince != null && !provinces.isEmpty() && Hierarchy.abroad(provinces.get(0), outerProvince)) {
                        provinces = List.of(); // "X, Y, Z state": Y is no province abroad but a unit of Z
                    }
                    Place unit = readings.resolve(into.text(), context);
                    Place listed = p;
                    p = provinces.isEmpty() || unit != null && Objects.equals(unit.admin1Key(), provinces.get(0).admin1Key())
                            ? Hierarchy.within(p, r.text(), unit, context.candidates()
                                    .getOrDefault(Gazetteer.fold(PlaceSpans.withoutKind(into.text())), List.of()))
                            : Hierarchy.within(p, r.text(), provinces.get(0), provinces);
                    contained.add(r);
                    if (p != listed && into == in && outer != null && byTownOf(unit, listed, outer, context)) {
                        // "X, Y, Z" with X listed only elsewhere, placed by the town Y: Z holds Y, no scene of its own,
                        // and X ranks as the town it lies by
                        hierarchy.add(outer);
                        nearTown.add(p);
                    }
                } else {
                    // a village the gazetteer does not list: it lies in its district or, failing that, its province
                    Place unit = r.modifier() || PlaceSpans.partOfTown(r.text()) ? null
                            : readings.resolve(in.text(), context);
                    Place outerProvince = unit == null || outer == null ? null : provinceOf(outer, context);
                    if (outerProvince != null && Hierarchy.abroad(unit, outerProvince)) {
                        Place inside = containers.heldIn(unit, in.text(), outer.text(), context);
                        unit = inside != null ? inside : outerProvince; // "X, Y, Z state": Y as it lies in Z
                    }
                    boolean outward = unit == null && outer != null;
                    PlaceRef holderRef = outward ? outer : in;
                    Place holder = outward ? readings.resolve(outer.text(), context) : unit;
                    PlaceRef beyond = outward && holder == null ? PlaceSpans.container(outer, sentence, places) : null;
                    // "X subdistrict, Y district, Z regency, P" with only P listed: X by a town of P its name holds
                    Place far = beyond == null ? null : readings.resolve(beyond.text(), context);
                    p = far == null ? null : unlisted.byTownIn(r, far, context);
                    if (p != null) {
                        hierarchy.add(beyond);
                    }
                    // "X, Y" with Y a city named like its province: the writer may mean either
                    List<Place> named = holder != null && holder.geoPrecision() == 1
                            ? containers.provinces(holderRef.text(), context) : List.of();
                    p = p != null ? p : unlisted.inUnit(r, holder, named, context);
                    if (p == null) {
                        hierarchy.remove(in);
                    } else {
                        contained.add(r);
                        if (outer != null) {
                            hierarchy.add(outer); // "X (Y, Z)": Z holds Y, which holds X
                        }
                        if (unit != null && unit.geoPrecision() == 1) {
                            nearTown.add(p);
                        }
                    }
                }
            }
            if (p == null && in == null && !r.modifier() && !hierarchy.contains(r)) {
                p = unlisted.besideItsCity(r, context, null); // "near Donetsk Filtration Station": a site of Donetsk
            }
            if (p != null) {
                read.put(r, p);
            }
        }
        return new Reading(read, hierarchy, contained, stated, nearTown);
    }

    /**
     * Whether a written unit names nothing the gazetteer lists (a district under a spelling no source has): a place
     * written with it and a province after it is then read in the province alone.
     */
    private boolean unlistedUnit(PlaceRef unit, PlaceContext context) {
        return readings.resolve(unit.text(), context) == null && containers.provinces(unit.text(), context).isEmpty();
    }

    /** The admin1 province a span written as an outer container most likely names, or null when it names none. */
    private Place provinceOf(PlaceRef outer, PlaceContext context) {
        List<Place> provinces = containers.provinces(outer.text(), context);
        return provinces.isEmpty() ? null : provinces.get(0);
    }

    /**
     * A place written with two containers, the outer a province that does not hold the pair's reading ("X, Y, Z
     * state" with an X and a Y abroad): its reading in the province that lies with Y's reading there, else X unlisted
     * beside Y as it lies in the province, else somewhere in the province.
     */
    private Place withinProvince(PlaceRef r, PlaceRef in, PlaceRef outer, Place province, PlaceContext context) {
        Place unit = containers.heldIn(readings.resolve(in.text(), context), in.text(), outer.text(), context);
        ContainerReading.Coherent own = containers.coherent(r.text(), outer.text(), context.countries());
        if (own != null && own.place().geoPrecision() < 3 && PlaceContext.relation(own.place(), province) >= 2
                && (unit == null || PlaceContext.relation(own.place(), unit) >= 2)) {
            return PlaceReadings.named(own.place(), r.text());
        }
        return unlisted.inContainer(r, unit != null ? unit : province);
    }

    /**
     * The district or town a place is written in between it and its province ("X (Y, Z)", "X, Y (Z)"), when the
     * place's reading shares only the province with it and lies far from it ({@link SceneOrder#farApart}): the writer
     * named the district to say which X, so the listed X elsewhere in the province is a namesake. Null when the
     * middle unit reads as no town or district of the written province, the reading lies in it or near it, or the
     * reading is a city of {@link #DISTRICT_SLIP_TOWN} people or more (a writer slips on a city's district, as in
     * "the city (its division's seat, its province)").
     */
    private Place namesakeInOtherDistrict(Place read, PlaceRef unit, PlaceRef outer, PlaceContext context) {
        Place district = readings.resolve(unit.text(), context);
        Place province = provinceOf(outer, context);
        if (read == null || district == null || province == null || read.geoPrecision() == 3
                || district.geoPrecision() == 3 || PlaceContext.relation(district, province) < 2
                || PlaceContext.relation(read, district) != 2 || readings.population(read) >= DISTRICT_SLIP_TOWN) {
            return null;
        }
        return SceneOrder.farApart(read, district) ? district : null;
    }

    /**
     * Whether a place listed only elsewhere ("X, Y, Z" with no X in Z) lies by the town Y as the writer says: Y a town of
     * fewer than {@link #DISTRICT_SLIP_TOWN} people that Z's reading shares a province with, and X's listed reading
     * outside it. A city's quarter ("X, City, Province") is coded at the city, which the province's reading often is.
     */
    private boolean byTownOf(Place unit, Place listed, PlaceRef outer, PlaceContext context) {
        Place province = readings.resolve(outer.text(), context);
        return unit != null && unit.geoPrecision() == 1 && readings.population(unit) < DISTRICT_SLIP_TOWN
                && province != null && PlaceContext.relation(unit, province) >= 2
                && PlaceContext.relation(listed, province) < 2;
    }

    /** Whether the span after a container is the province that holds the place read in that container. */
    private boolean holds(PlaceRef outer, Place held, PlaceContext context) {
        Place o = readings.resolve(outer.text(), context);
        return o != null && o.geoPrecision() == 3 && o.admin1() != null && PlaceContext.relation(held, o) >= 2;
    }

    /** Whether the draft also writes the span's name with a container after it. */
    private static boolean writtenWithContainer(PlaceRef r, List<PlaceRef> places, Sentence sentence) {
        String key = Gazetteer.fold(PlaceSpans.withoutKind(r.text()));
        for (PlaceRef o : places) {
            if (o != r && Gazetteer.fold(PlaceSpans.withoutKind(o.text())).equals(key)
                    && PlaceSpans.container(o, sentence, places) != null) {
                return true;
            }
        }
        return false;
    }
}
