package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Place;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceSpans;
import org.sitrep.resolve.place.PlaceWords;

/**
 * The admin1 regions an article names, as it spells them: "Kyavinyonge (Beni, Nord-Kivu)" names the region the
 * gazetteer calls North Kivu, and spells it "Nord-Kivu". An event placed in that region then gives its admin1 as the
 * report does, the outlet's own word for the region (what an analyst comparing against that outlet's coding
 * expects); the region's stable key, {@link Place#admin1Code()}, is unchanged. A span names a region when its words
 * find that region in the gazetteer (its names, alternate names, English direction words, or a spelling of the same
 * consonants, as any place name is read).
 *
 * <p>Immutable and thread-safe; one {@link Reported} per article.
 */
final class RegionSpelling {
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1+");

    private final PlaceReadings readings;

    RegionSpelling(PlaceReadings readings) {
        this.readings = readings;
    }

    /**
     * A place span of the article.
     *
     * @param text      the span's words
     * @param start     its offset in the article
     * @param container whether it is written as the container of the span before it ("X (Y, Region)", "X, Region"),
     *                  where reports name regions
     */
    record Written(String text, int start, boolean container) {
    }

    /** The article's regions as it spells them: admin1 code -&gt; the words, trimmed. */
    record Reported(Map<String, String> byCode) {
        static final Reported NONE = new Reported(Map.of());

        Reported {
            byCode = Map.copyOf(byCode);
        }

        /** The place with its admin1 as the article spells that region, if the article names it otherwise. */
        Place apply(Place p) {
            if (p == null || p.admin1Code() == null || p.admin1() == null) {
                return p;
            }
            String spelled = byCode.get(p.admin1Code());
            return spelled == null || sameName(spelled, p.admin1()) ? p : p.withAdmin1(spelled);
        }
    }

    /**
     * The regions the spans name. Spans written as containers come first, then text order: "between Bani Walid and
     * Misratah (Misrata)" spells the region as its bracket does.
     */
    Reported read(List<Written> spans, Set<String> countries) {
        List<Written> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparing((Written w) -> !w.container()).thenComparingInt(Written::start));
        Map<String, String> byCode = new LinkedHashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Written w : ordered) {
            if (!seen.add(w.text()) || readings.isActorName(w.text())
                    || PlaceSpans.notAName(w.text()) || PlaceSpans.onlyDirections(w.text())) {
                continue;
            }
            String whole = trimmed(w.text());
            if (whole.isEmpty() || abbreviation(whole)) {
                continue; // "J&K", "KPK": a short form, not the report's spelling of the name
            }
            // a direction word may be the name's ("North Kivu") or only say where in it ("northern Idlib"): it is the
            // name's when the words without it name no such region
            String[] words = whole.split("\\s+", 2);
            List<String> bare = words.length == 2 && PlaceWords.isDirection(words[0])
                    ? regionsNamed(trimmed(words[1]), countries) : List.of();
            bare.forEach(code -> byCode.putIfAbsent(code, trimmed(words[1])));
            for (String code : regionsNamed(whole, countries)) {
                if (!bare.contains(code)) {
                    byCode.putIfAbsent(code, whole);
                }
            }
        }
        return byCode.isEmpty() ? Reported.NONE : new Reported(byCode);
    }

    /**
     * The admin1 codes of the regions these words find: the region by one of its names, or a town of the region that
     * bears the region's name ("Dar'a", a spelling of the town of Daraa, is also the province of Daraa); failing
     * both, the region by a spelling of the same consonants.
     */
    private List<String> regionsNamed(String words, Set<String> countries) {
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> codes = regionCodes(words, readings.candidates(words, countries), true);
        return codes.isEmpty() ? regionCodes(words, readings.spellingCandidates(words, countries), false) : codes;
    }

    private static List<String> regionCodes(String words, List<Place> candidates, boolean towns) {
        List<String> codes = new ArrayList<>();
        String spelled = null; // the words' letters, once a town asks for them
        for (Place c : candidates) {
            boolean named = isRegion(c);
            if (!named && towns && bearsRegionName(c)) {
                spelled = spelled == null ? letters(words) : spelled;
                named = nearSpelling(spelled, letters(c.name()));
            }
            if (named && !codes.contains(c.admin1Code())) {
                codes.add(c.admin1Code());
            }
        }
        return codes;
    }

    /** The admin1 region itself (as the gazetteer writes it: a region bears its own name as admin1). */
    private static boolean isRegion(Place c) {
        return c.geoPrecision() == 3 && c.geonameId() == null && c.admin1Code() != null && c.name().equals(c.admin1());
    }

    /**
     * A town whose own name is its region's (the seat a province is named after: "Dar‘ā" in Daraa), letters doubled
     * or not, apostrophes and accents aside. An alternate name is not enough: "Victoria de Durango" is also called
     * "Durango", yet "Victoria de Durango" does not spell the state.
     */
    private static boolean bearsRegionName(Place c) {
        return c.geoPrecision() == 1 && c.admin1Code() != null && c.admin1() != null
                && letters(c.name()).equals(letters(c.admin1()));
    }

    /**
     * Whether two letter strings spell one name: the same first letter and at most two letters changed, added or
     * dropped ("misrata", "misratah"); "mueang chiang mai", another name of the town of Chiang Mai, is not a spelling
     * of the province's name.
     */
    private static boolean nearSpelling(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0) || Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] <= 2;
    }

    /** The folded name's letters, kind words dropped and doubled letters single. */
    private static String letters(String name) {
        String folded = NOT_LETTER.matcher(Gazetteer.fold(UnlistedPlace.name(name))).replaceAll("");
        return DOUBLED.matcher(folded).replaceAll("$1");
    }

    /** Capitals and signs only ("J&K", "KPK", "NWFP"): an abbreviation of the name. */
    private static boolean abbreviation(String words) {
        return words.matches("[\\p{Lu}&./\\s-]+") && words.replaceAll("[^\\p{Lu}]", "").length() <= 5;
    }

    /** The words without what is not a name: a leading "the", kind words around it ("Nord-Kivu province", "the governorate of X"). */
    private static String trimmed(String text) {
        String t = UnlistedPlace.name(text.strip().replaceFirst("(?i)^the\\s+", ""));
        return t.replaceFirst("(?i)^of\\s+", "").strip();
    }

    /**
     * Whether the report's words are the gazetteer's name once case, accents and kind words are set aside ("Borno"
     * for "Borno State", "Kyiv" for "Kyiv City"): the report then adds nothing to the gazetteer's name, which stays.
     * A shorter name is the report's own word and is kept ("Wardak" for Maidan Wardak, "Gaza" for the Gaza Strip).
     */
    static boolean sameName(String spelled, String gazetteer) {
        return Gazetteer.fold(UnlistedPlace.name(spelled)).equals(Gazetteer.fold(UnlistedPlace.name(gazetteer)));
    }
}
