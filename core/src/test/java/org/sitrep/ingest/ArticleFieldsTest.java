// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleFieldsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ArticleFields read(String json) throws Exception {
        return ArticleFields.of(JSON.readTree(json.replace('\'', '"')));
    }

    private static void refused(String json, String reason) throws Exception {
        JsonNode node = JSON.readTree(json.replace('\'', '"'));
        assertThatThrownBy(() -> ArticleFields.of(node)).isInstanceOf(IllegalArgumentException.class).hasMessage(reason);
    }

    @Test
    void readsEveryFieldStrippedWithTheTextsLineEndsMadeNewlines() throws Exception {
        ArticleFields a = read("{'id':' q7 ','url':'https://www.lakepost.example/a/1','outlet':' Lake Post ',"
                + "'published':'2026-03-04T08:30:00+02:00','title':' Shelling ','text':'Shells hit the town.\\r\\nTwo died.','extra':1}");
        assertThat(a).isEqualTo(new ArticleFields("q7", "https://www.lakepost.example/a/1", "Lake Post",
                LocalDate.of(2026, 3, 4), "Shelling", "Shells hit the town.\nTwo died."));
    }

    @Test
    void aNumericIdIsItsDigitsAndAMissingOutletIsTheUrlsHost() throws Exception {
        ArticleFields a = read("{'id':1207,'url':'https://www.riverradio.example/news/9','published':'Tue, 03 Mar 2026 10:00:00 GMT',"
                + "'text':'Police dispersed the march.'}");
        assertThat(a.id()).isEqualTo("1207");
        assertThat(a.outlet()).isEqualTo("riverradio.example");
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void blankOrNullFieldsAreAbsent() throws Exception {
        ArticleFields a = read("{'id':'  ','outlet':null,'published':' ','title':'','text':'Police dispersed the march.'}");
        assertThat(a.id()).isNull();
        assertThat(a.outlet()).isNull();
        assertThat(a.published()).isNull();
        assertThat(a.title()).isNull();
    }

    @Test
    void aFieldOfTheWrongTypeIsRefusedNotDropped() throws Exception {
        refused("{'outlet':['Lake Post'],'text':'Police dispersed the march.'}", "outlet is not a string (found array)");
        refused("{'url':{'href':'x'},'text':'Police dispersed the march.'}", "url is not a string (found object)");
        refused("{'title':true,'text':'Police dispersed the march.'}", "title is not a string (found boolean)");
        refused("{'id':['a'],'text':'Police dispersed the march.'}", "id is not a string (found array)");
        refused("{'text':7}", "text is not a string (found number)");
    }

    @Test
    void aPublishedValueThatIsNotADateIsRefusedAndQuoted() throws Exception {
        refused("{'published':'last Friday','text':'Police dispersed the march.'}",
                "published 'last Friday' is not a date (YYYY-MM-DD, an ISO date-time or an RFC 1123 date)");
        refused("{'published':'2026-02-30','text':'Police dispersed the march.'}",
                "published '2026-02-30' is not a date (YYYY-MM-DD, an ISO date-time or an RFC 1123 date)");
        String longValue = "x".repeat(80);
        refused("{'published':'" + longValue + "','text':'Police dispersed the march.'}",
                "published '" + "x".repeat(60) + "...' is not a date (YYYY-MM-DD, an ISO date-time or an RFC 1123 date)");
    }

    @Test
    void notAnObjectOrNoTextIsRefused() throws Exception {
        refused("[1,2]", "record is not a JSON object (found array)");
        refused("{'id':'q1'}", "missing text");
        refused("{'id':'q1','text':null}", "missing text");
    }
}
