package org.sitrep.model;

import java.io.Serializable;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A resolved place.
 *
 * @param name         the gazetteer's preferred name
 * @param country      country name in English
 * @param countryCode  ISO 3166-1 alpha-2
 * @param admin1       first-level administrative region (province, governorate, state) as the report spells it when
 *                     the report names that region ("Nord-Kivu"), else as the gazetteer names it ("North Kivu"); or
 *                     null. Two outlets may spell one region differently: compare {@link #admin1Key()}, never this.
 * @param admin1Code   the gazetteer's stable key of the admin1 region (GeoNames admin1 code, e.g. "CD.11"), or null
 *                     for a place without one (no admin1, or a record written before the code existed)
 * @param admin2       second-level administrative region, or null
 * @param lat          latitude (WGS84)
 * @param lon          longitude (WGS84)
 * @param geoPrecision ACLED geo-precision: 1 town, 2 district or region near a town, 3 province or larger
 * @param aliases      other names this place is known by (spelling variants, the words used in the text)
 * @param geonameId    GeoNames id, or null for curated areas
 * @param text         the words in the article this place was resolved from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Place(String name, String country, String countryCode, String admin1, String admin1Code, String admin2,
                    Double lat, Double lon, int geoPrecision, List<String> aliases, Long geonameId,
                    String text) implements Serializable {
    public Place {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Place withText(String newText) {
        return new Place(name, country, countryCode, admin1, admin1Code, admin2, lat, lon, geoPrecision, aliases,
                geonameId, newText);
    }

    /** The same place with its admin1 region spelled {@code spelled} (same region, same {@link #admin1Code}). */
    public Place withAdmin1(String spelled) {
        return new Place(name, country, countryCode, spelled, admin1Code, admin2, lat, lon, geoPrecision, aliases,
                geonameId, text);
    }

    /**
     * What identifies the admin1 region whatever its spelling: the admin1 code, else (a record without one) the
     * country code and the folded name; null without an admin1.
     */
    public String admin1Key() {
        if (admin1Code != null && !admin1Code.isBlank()) {
            return admin1Code;
        }
        if (admin1 == null || admin1.isBlank()) {
            return null;
        }
        String folded = Normalizer.normalize(admin1, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
        return (countryCode == null ? "" : countryCode.toUpperCase(Locale.ROOT)) + "|" + folded;
    }
}
