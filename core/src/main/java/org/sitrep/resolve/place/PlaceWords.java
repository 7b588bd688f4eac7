package org.sitrep.resolve.place;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.common.Tsv;
import org.sitrep.model.PlaceRef;

/**
 * The vocabulary around place names, read once from eight lexicons: kind words ({@code place-kinds.tsv}),
 * name particles ({@code place-particles.tsv}), direction words ({@code directions.tsv}), route
 * prepositions ({@code route-prepositions.tsv}), route nouns ({@code route-nouns.tsv}), locative prepositions
 * ({@code locative-prepositions.tsv}), province words ({@code province-words.tsv}) and the nouns that leave a place
 * the scene ({@code scene-nouns.tsv}). The place
 * spotter, the gazetteer's name matching and the place resolver all read them here, so they cannot drift apart.
 */
public final class PlaceWords {
    /** What a kind word says about the name it goes with. */
    public enum Kind { PLACE, PART, REGION }

    private static final Map<String, Kind> KINDS = kinds();
    private static final Set<String> PARTICLES = column("/lexicon/place-particles.tsv");
    private static final Map<String, String> DIRECTIONS = directions();
    private static final Map<String, PlaceRef.Role> ROUTES = routes();
    private static final Set<String> LOCATIVES = column("/lexicon/locative-prepositions.tsv");
    private static final Set<String> ROUTE_NOUNS = column("/lexicon/route-nouns.tsv");
    private static final Set<String> PROVINCE_WORDS = column("/lexicon/province-words.tsv");
    private static final Set<String> ADMIN_PREFIXES = column("/lexicon/admin-prefixes.tsv");
    private static final Set<String> ALTERNATE_NAME_UNITS = column("/lexicon/alternate-name-units.tsv");
    private static final Set<String> OFFICE_NOUNS = column("/lexicon/office-nouns.tsv");
    private static final Map<String, Boolean> SCENE_NOUNS = sceneNouns();   // word -> only after a unit's kind word

    private PlaceWords() {
    }

    /** The kind a word names ("province" REGION, "village" PLACE), or null for any other word. */
    public static Kind kind(String word) {
        return word == null ? null : KINDS.get(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isKindWord(String word) {
        return kind(word) != null;
    }

    /** A kind word that names a country's first-level unit: "state", "province" ({@code province-words.tsv}). */
    public static boolean isProvinceWord(String word) {
        return word != null && PROVINCE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A foreign kind word written before a region's name: "muhafazat", "provincia" ({@code admin-prefixes.tsv}). */
    public static boolean isAdminPrefix(String word) {
        return word != null && ADMIN_PREFIXES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A lower-case word inside a name: "ez" in "Deir ez-Zor", "del" in "Capilla del Monte". */
    public static boolean isParticle(String word) {
        return word != null && PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** An English direction word that may precede a name: "eastern", "north-west". */
    public static boolean isDirection(String word) {
        return word != null && "".equals(DIRECTIONS.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The English for another language's direction word ("nord" north), or null. */
    public static String englishDirection(String word) {
        String e = word == null ? null : DIRECTIONS.get(word.toLowerCase(Locale.ROOT));
        return e == null || e.isEmpty() ? null : e;
    }

    /** A preposition that makes the name after it a scene: "in", "near", "at" ({@code locative-prepositions.tsv}). */
    public static boolean isLocative(String word) {
        return word != null && LOCATIVES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A noun of a public office written after the name of its seat: "Governor", "Mayor" ({@code office-nouns.tsv}). */
    public static boolean isOfficeNoun(String word) {
        return word != null && OFFICE_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A noun for a way between two places: "road", "highway" ({@code route-nouns.tsv}). */
    public static boolean isRouteNoun(String word) {
        return word != null && ROUTE_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code next}, written right after a place name ending in {@code last}, leaves the place the scene
     * ({@code scene-nouns.tsv}): "center" after a region kind word ("X district center": the district's seat), "front"
     * or "desert" after any name ("the X front").
     */
    public static boolean keepsScene(String last, String next) {
        Boolean unitOnly = next == null ? null : SCENE_NOUNS.get(next.toLowerCase(Locale.ROOT));
        return unitOnly != null && (!unitOnly || kind(last) == Kind.REGION);
    }

    /** The role a preposition gives the place after it ("from" ORIGIN, "to" DESTINATION), or null. */
    public static PlaceRef.Role routeRole(String word) {
        return word == null ? null : ROUTES.get(word.toLowerCase(Locale.ROOT));
    }

    private static Map<String, PlaceRef.Role> routes() {
        Map<String, PlaceRef.Role> out = new HashMap<>();
        for (Tsv.Row r : Tsv.read("/lexicon/route-prepositions.tsv", 2)) {
            out.put(r.get(0).toLowerCase(Locale.ROOT), PlaceRef.Role.valueOf(
                    r.get(1).equalsIgnoreCase("origin") ? "ORIGIN" : "DESTINATION"));
        }
        return Map.copyOf(out);
    }

    private static Map<String, Boolean> sceneNouns() {
        Map<String, Boolean> out = new HashMap<>();
        for (Tsv.Row r : Tsv.read("/lexicon/scene-nouns.tsv", 2)) {
            String after = r.get(1).toLowerCase(Locale.ROOT);
            if (!after.equals("unit") && !after.equals("name")) {
                throw new IllegalStateException("scene-nouns.tsv: 'unit' or 'name' expected: " + after);
            }
            out.put(r.get(0).toLowerCase(Locale.ROOT), after.equals("unit"));
        }
        return Map.copyOf(out);
    }

    private static Map<String, Kind> kinds() {
        Map<String, Kind> out = new HashMap<>();
        for (Tsv.Row r : Tsv.read("/lexicon/place-kinds.tsv", 2)) {
            out.put(r.get(0).toLowerCase(Locale.ROOT), Kind.valueOf(r.get(1).toUpperCase(Locale.ROOT)));
        }
        return Map.copyOf(out);
    }

    /** Whether a name in brackets before this kind word is the unit's other name ("X (Y) district"): alternate-name-units.tsv. */
    public static boolean namesUnitOfTwoNames(String word) {
        return word != null && ALTERNATE_NAME_UNITS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> column(String resource) {
        Set<String> out = new HashSet<>();
        for (String[] r : Tsv.read(resource)) {
            out.add(r[0].trim().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static Map<String, String> directions() {
        Map<String, String> out = new HashMap<>();
        for (String[] r : Tsv.read("/lexicon/directions.tsv")) {
            out.put(r[0].trim().toLowerCase(Locale.ROOT), r.length > 1 ? r[1].trim().toLowerCase(Locale.ROOT) : "");
        }
        return Map.copyOf(out);
    }
}
