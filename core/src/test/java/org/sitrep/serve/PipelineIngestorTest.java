package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Article;
import org.sitrep.model.InputError;

/**
 * The checks posted articles and feed items go through before the pipeline: the ingest stage's, each error naming
 * the item (its input, else its id) and the reason; what passes keeps its other fields.
 */
class PipelineIngestorTest {
    private static final String SHELLING = "Shells hit a grain depot on the edge of Marrow Ford on Thursday, killing "
            + "two guards and setting the stores alight, a local official said.";
    private static final String GERMAN = "Am Donnerstag trafen Granaten ein Getreidelager am Rand der Stadt, wobei zwei "
            + "Wachleute getötet wurden und die Vorräte in Brand gerieten, sagte ein örtlicher Beamter. Die Feuerwehr "
            + "war bis in die Nacht im Einsatz und konnte einen Teil der Lager retten.";

    private static Article item(String id, String text, String input) {
        return new Article(id, "example.net", "https://example.net/" + id, LocalDate.of(2024, 3, 7), "Depot hit", text,
                null, input);
    }

    @Test
    void badItemsAreErrorsNamingThemAndTheGoodOnesPass() {
        List<Article> items = List.of(
                item("feed-1", SHELLING, "https://example.net/feed.xml#https://example.net/1"),
                item("feed-2", "<!doctype html><html><body><p>" + SHELLING + "</p></body></html>",
                        "https://example.net/feed.xml#https://example.net/2"),
                item("feed-3", GERMAN, "https://example.net/feed.xml#https://example.net/3"),
                item("api-4", SHELLING + "\u0000", null),
                item("api-5", "Too short.", "api:api-5"));

        IngestResult r = PipelineIngestor.check(new Ingest(), items);

        assertThat(r.articles()).extracting(Article::docId, Article::outlet, Article::url, Article::title, Article::text,
                Article::input).containsExactly(tuple("feed-1", "example.net", "https://example.net/feed-1", "Depot hit",
                SHELLING, "https://example.net/feed.xml#https://example.net/1"));
        assertThat(r.errors()).extracting(InputError::input).containsExactly(
                "https://example.net/feed.xml#https://example.net/2", "https://example.net/feed.xml#https://example.net/3",
                "api-4", "api:api-5");
        assertThat(r.errors()).extracting(InputError::reason).satisfiesExactly(
                reason -> assertThat(reason).startsWith("the text is a whole HTML page"),
                reason -> assertThat(reason).contains("deu"),
                reason -> assertThat(reason).startsWith("binary content"),
                reason -> assertThat(reason).startsWith("text too short"));
    }
}
