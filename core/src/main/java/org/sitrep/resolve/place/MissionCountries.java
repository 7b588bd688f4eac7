package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;

/**
 * The countries that missions, monitors and forces working in one country only stand for
 * ({@code gazetteer/mission-countries.tsv}): a report citing the monitoring mission in Ukraine is about Ukraine even
 * when it names no Ukrainian place the gazetteer lists.
 *
 * <p>Immutable and thread-safe: the table is read once.
 */
public final class MissionCountries {
    /**
     * @param firstWord the first of its words, which a text must hold for the pattern to match (a test far cheaper
     *                  than the pattern's, which looks behind every offset of the sentence)
     * @param area      the gazetteer region or area where the events it reports lie, when narrower than its country;
     *                  empty otherwise
     */
    private record Mission(Pattern words, String countryCode, String area, String firstWord, boolean acronym) {
        boolean namedIn(String text) {
            return mayBeIn(text) && words.matcher(text).find();
        }

        private boolean mayBeIn(String text) {
            if (acronym) {
                return text.contains(firstWord);
            }
            for (int i = 0; i + firstWord.length() <= text.length(); i++) {
                if (text.regionMatches(true, i, firstWord, 0, firstWord.length())) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final List<Mission> MISSIONS = load();

    private MissionCountries() {
    }

    /** The countries (ISO2) of the missions a text names, in table order, one entry per mission named. */
    public static List<String> countriesNamedIn(String text) {
        List<String> out = new ArrayList<>();
        for (Mission m : MISSIONS) {
            if (m.namedIn(text)) {
                out.add(m.countryCode());
            }
        }
        return out;
    }

    /**
     * The area (a gazetteer region's name) where the events reported by the first mission the text names for that
     * country lie, when the table gives one ("Donbas" for the OSCE monitors); empty otherwise.
     */
    public static Optional<String> areaNamedIn(String text, String countryCode) {
        for (Mission m : MISSIONS) {
            if (m.countryCode().equals(countryCode) && !m.area().isEmpty() && m.namedIn(text)) {
                return Optional.of(m.area());
            }
        }
        return Optional.empty();
    }

    /** Whether a span is a mission's name ("OSCE SMM"), which is no place even though it is capitalised. */
    public static boolean isMission(String span) {
        String s = span.strip();
        for (Mission m : MISSIONS) {
            if (!m.mayBeIn(s)) {
                continue;
            }
            var matcher = m.words().matcher(s);
            if (matcher.find() && matcher.start() == 0 && matcher.end() == s.length()) {
                return true;
            }
        }
        return false;
    }

    private static List<Mission> load() {
        List<Mission> out = new ArrayList<>();
        for (Tsv.Row r : Tsv.read("/gazetteer/mission-countries.tsv", -1)) {
            if (r.cells().length < 2 || r.cells().length > 3) {
                throw new IllegalStateException("mission-countries.tsv line " + r.line() + ": expected 2 or 3 columns");
            }
            String words = r.get(0).strip();
            boolean acronym = words.equals(words.toUpperCase(Locale.ROOT));
            String regex = "(?<![\\p{L}\\p{N}])" + Pattern.quote(words).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\p{N}])";
            out.add(new Mission(Pattern.compile(regex, acronym ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    r.get(1).strip().toUpperCase(Locale.ROOT), r.cells().length > 2 ? r.get(2).strip() : "",
                    words.split("\\s+")[0], acronym));
        }
        return List.copyOf(out);
    }
}
