// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoJsonTest {
    private static JsonNode event(String json) throws Exception {
        return Json.MAPPER.readTree(json.replace('\'', '"'));
    }

    private static JsonNode properties(String json) throws Exception {
        JsonNode fc = GeoJson.of(List.of(event(json)));
        assertThat(fc.path("features")).hasSize(1);
        return fc.path("features").get(0).path("properties");
    }

    private static final String PLACE = "'location':{'name':'Lakeside','lat':12.5,'lon':30.25}";

    @Test
    void aVagueCountKeepsItsWordsAndIsMarkedVague() throws Exception {
        JsonNode p = properties("{'id':'ev-1','date':'2026-03-02','date_precision':'day','date_text':'on Monday',"
                + "'counts':{'fatalities':{'value':null,'qualifier':'vague','text':'dozens of villagers','lower_bound':12},"
                + "'displaced':{'value':null,'qualifier':'vague','text':'many families'}}," + PLACE + "}");
        assertThat(p.path("fatalities").asLong()).isEqualTo(12);
        assertThat(p.path("fatalities_qualifier").asText()).isEqualTo("vague");
        assertThat(p.path("fatalities_text").asText()).isEqualTo("dozens of villagers");
        assertThat(p.path("displaced").isNull()).isTrue();
        assertThat(p.path("displaced_qualifier").asText()).isEqualTo("vague");
        assertThat(p.path("displaced_text").asText()).isEqualTo("many families");
    }

    @Test
    void anExactCountIsItsValueAndAnAbsentCountIsNull() throws Exception {
        JsonNode p = properties("{'id':'ev-2','counts':{'fatalities':{'value':7,'qualifier':'at_least','text':'at least seven people'}},"
                + PLACE + "}");
        assertThat(p.path("fatalities").asLong()).isEqualTo(7);
        assertThat(p.path("fatalities_qualifier").asText()).isEqualTo("at_least");
        assertThat(p.path("displaced").isNull()).isTrue();
        assertThat(p.path("displaced_qualifier").isNull()).isTrue();
    }

    @Test
    void anUnresolvedDateStaysNullWithItsWords() throws Exception {
        JsonNode p = properties("{'id':'ev-3','date':null,'date_precision':'unknown','date_text':'last week','counts':{},"
                + PLACE + "}");
        assertThat(p.path("date").isNull()).isTrue();
        assertThat(p.path("date_precision").asText()).isEqualTo("unknown");
        assertThat(p.path("date_text").asText()).isEqualTo("last week");
    }

    @Test
    void aDeniedOrDisputedEventCarriesTheDenialAndBothSides() throws Exception {
        JsonNode p = properties("{'id':'ev-4','status':'disputed','counts':{},"
                + "'denied_by':[{'name':'Hill Front','type':'rebel group','text':'a Hill Front spokesman'}],"
                + "'disputes':[{'kind':'denial','field':'status','summary':'status: reported by police (Lake Post) vs denied by a Hill Front spokesman (River Radio)','claims':[]}],"
                + PLACE + "}");
        assertThat(p.path("status").asText()).isEqualTo("disputed");
        assertThat(p.path("denied_by").get(0).asText()).isEqualTo("Hill Front");
        assertThat(p.path("disputes").get(0).asText())
                .isEqualTo("status: reported by police (Lake Post) vs denied by a Hill Front spokesman (River Radio)");
    }

    @Test
    void hostileTextStaysDataInWellFormedJson() throws Exception {
        String hostile = "\\\"}]}<script>alert(1)</script>\\u0000=cmd|";
        JsonNode p = properties("{'id':'ev-5','counts':{'fatalities':{'value':null,'qualifier':'vague','text':'" + hostile + "'}},"
                + "'location':{'name':'" + hostile + "','lat':1.0,'lon':2.0}}");
        String written = Json.MAPPER.writeValueAsString(GeoJson.of(List.of(event("{'id':'ev-5','counts':{'fatalities':"
                + "{'value':null,'qualifier':'vague','text':'" + hostile + "'}},'location':{'name':'" + hostile + "','lat':1.0,'lon':2.0}}"))));
        JsonNode back = Json.MAPPER.readTree(written).path("features").get(0).path("properties");
        assertThat(back).isEqualTo(p);
        assertThat(back.path("location").asText()).isEqualTo("\"}]}<script>alert(1)</script>\u0000=cmd|");
        assertThat(back.path("fatalities_text").asText()).startsWith("\"}]}<script>");
    }
}
