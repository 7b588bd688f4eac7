package org.sitrep.evaluate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;

/**
 * Place and type names compared as ACLED's coding is compared by the project's scorer: {@link #fold}
 * for exact agreement, {@link #loose} for admin1 names that gazetteers and ACLED spell differently.
 * The words come from {@code evaluate/acled-names.tsv}.
 */
public final class AcledNames {
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ARTICLE;
    private static final Pattern PLACE_WORD;
    private static final Pattern ADMIN1_END;
    private static final Map<String, String> SAME = new HashMap<>();

    static {
        List<String> articles = new ArrayList<>();
        List<String> placeWords = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        for (Tsv.Row r : Tsv.read("/evaluate/acled-names.tsv", -1)) {
            switch (r.get(0)) {
                case "article" -> articles.add(Pattern.quote(r.get(1)));
                case "place-word" -> placeWords.add(Pattern.quote(r.get(1)));
                case "admin1-end" -> ends.add(Pattern.quote(r.get(1)));
                case "admin1-same" -> SAME.put(r.get(1), r.get(2));
                default -> throw new IllegalStateException("evaluate/acled-names.tsv line " + r.line()
                        + ": unknown kind " + r.get(0));
            }
        }
        // \b as Python's: word characters include letters of every script
        ARTICLE = Pattern.compile("\\b(?:" + String.join("|", articles) + ")[- ]", Pattern.UNICODE_CHARACTER_CLASS);
        PLACE_WORD = Pattern.compile("\\b(?:" + String.join("|", placeWords) + ")\\b", Pattern.UNICODE_CHARACTER_CLASS);
        ADMIN1_END = Pattern.compile("(?:" + String.join("|", ends) + ")$");
    }

    private AcledNames() {
    }

    /** Accents, case, apostrophes, articles, place words and punctuation removed; "" for null. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String t = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        t = t.replace("\u2019", "").replace("'", "");
        t = ARTICLE.matcher(t).replaceAll("");
        t = PLACE_WORD.matcher(t).replaceAll("");
        return NOT_ALNUM.matcher(t).replaceAll("");
    }

    /** An admin1 name folded, without the region word at its end, and with known variant spellings joined. */
    public static String loose(String s) {
        String t = ADMIN1_END.matcher(fold(s)).replaceFirst("");
        return SAME.getOrDefault(t, t);
    }
}
