// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

/** The API's article records are read by the JSONL rule: same fields, same dates, same refusals. */
class ArticleJsonTest {
    private static List<Article> parse(String json) {
        return ArticleJson.parse(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    private static void refused(String json, String error) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(ApiError.class)
                .satisfies(e -> assertThat(((ApiError) e).status).isEqualTo(400)).hasMessage(error);
    }

    @Test
    void datesAndOutletsAreReadAsAJsonlLineReadsThem() {
        List<Article> a = parse("[{'id':'w1','url':'https://www.riverradio.example/n/4','published':'Tue, 03 Mar 2026 10:00:00 GMT',"
                + "'text':'Police dispersed a march in the capital on Monday.'},"
                + "{'id':'w2','outlet':' Lake Post ','published':'2026-03-04T23:30:00-05:00','text':'Shells hit the town.\\r\\nTwo died.'}]");
        assertThat(a).extracting(Article::docId, Article::outlet, Article::published, Article::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("w1", "riverradio.example", LocalDate.of(2026, 3, 3),
                        "Police dispersed a march in the capital on Monday."),
                org.assertj.core.groups.Tuple.tuple("w2", "Lake Post", LocalDate.of(2026, 3, 4), "Shells hit the town.\nTwo died."));
    }

    @Test
    void aFieldOfTheWrongTypeOrABadDateIsA400NamingTheArticleAndTheField() {
        refused("[{'text':'Shells hit the town.'},{'outlet':['Lake Post'],'text':'Shells hit the town.'}]",
                "article 1: outlet is not a string (found array)");
        refused("{'published':'2026-03-04garbage','text':'Shells hit the town.'}",
                "published '2026-03-04garbage' is not a date (YYYY-MM-DD, an ISO date-time or an RFC 1123 date)");
        refused("{'id':'w3'}", "missing text");
        refused("{'id':'w3','text':'   '}", "text is empty");
        refused("[3]", "article 0: record is not a JSON object (found number)");
    }

    @Test
    void fieldsThatAreNotArticleFieldsAreWarningsNamingTheArticle() {
        ArticleJson.Posted p = ArticleJson.read(("[{'text':'Shells hit the town.','lang':'en'},"
                + "{'text':'Two died.','Title':'Town hit'}]").replace('\'', '"').getBytes(StandardCharsets.UTF_8));

        assertThat(p.articles()).hasSize(2);
        assertThat(p.warnings()).containsExactly(
                "article 0: unknown field 'lang' ignored (the fields read are id, url, outlet, published, title, text)",
                "article 1: unknown field 'Title' ignored (the fields read are id, url, outlet, published, title, text)");
    }
}
