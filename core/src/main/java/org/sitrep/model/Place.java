package org.sitrep.model;

import java.io.Serializable;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A resolved place.
 *
 * @param name         the gazetteer's preferred name
 * @param country      country name in English
 * @param countryCode  ISO 3166-1 alpha-2
 * @param admin1       first-level administrative region (province, governorate, state), or null
 * @param admin2       second-level administrative region, or null
 * @param lat          latitude (WGS84)
 * @param lon          longitude (WGS84)
 * @param geoPrecision ACLED geo-precision: 1 town, 2 district or region near a town, 3 province or larger
 * @param aliases      other names this place is known by (spelling variants, the words used in the text)
 * @param geonameId    GeoNames id, or null for curated areas
 * @param text         the words in the article this place was resolved from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Place(String name, String country, String countryCode, String admin1, String admin2,
                    Double lat, Double lon, int geoPrecision, List<String> aliases, Long geonameId,
                    String text) implements Serializable {
    public Place {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Place withText(String newText) {
        return new Place(name, country, countryCode, admin1, admin2, lat, lon, geoPrecision, aliases, geonameId, newText);
    }
}
