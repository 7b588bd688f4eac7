package org.sitrep.resolve.actor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A canonical actor name of {@code actors.tsv}, with the country typed rather than written into the string: the
 * generic rows name a class of the article country's actors ("troops" are the Military Forces of whatever country
 * the report is about), so their name is only complete once that country is known.
 *
 * @param base the name without its country: "Military Forces", "Private Security Forces", "Jaish al-Islam"
 * @param form how ACLED attaches the article country to it, or {@link Form#NAMED} for a name that needs none
 */
record ActorName(String base, Form form) {

    /** Where the article country goes in a generic name. */
    enum Form {
        /** A complete name: "Jaish al-Islam", "Civilians". */
        NAMED,
        /** "Military Forces of Mali". */
        OF_COUNTRY,
        /** "Private Security Forces (Mali)". */
        COUNTRY_IN_BRACKETS
    }

    /** How {@code actors.tsv} marks the article country in column 2: "Police Forces of {country}". */
    private static final Pattern MARK = Pattern.compile("(.*?)(?: of \\{country\\}| \\(\\{country\\}\\))");

    /** Reads column 2 of {@code actors.tsv}; the mark may only end the name. */
    static ActorName parse(String canonical) {
        Matcher m = MARK.matcher(canonical);
        if (m.matches()) {
            return new ActorName(m.group(1),
                    canonical.endsWith(")") ? Form.COUNTRY_IN_BRACKETS : Form.OF_COUNTRY);
        }
        if (canonical.contains("{")) {
            throw new IllegalArgumentException("'{country}' must end the name, after ' of ' or in brackets: " + canonical);
        }
        return new ActorName(canonical, Form.NAMED);
    }

    /** Whether the name is a class of the article country's actors. */
    boolean ofArticleCountry() {
        return form != Form.NAMED;
    }

    /**
     * The name for the given country name ("Police Forces of Kenya"). Without a country it is the base alone
     * ("Police Forces"): a class of state actor, with no country guessed.
     */
    String in(String country) {
        if (country == null) {
            return base;
        }
        return switch (form) {
            case NAMED -> base;
            case OF_COUNTRY -> base + " of " + country;
            case COUNTRY_IN_BRACKETS -> base + " (" + country + ")";
        };
    }
}
