package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A page's url, title and publication day from its metadata. */
class PageMetadataTest {
    private static Document page(String head, String body) {
        return Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", "https://example.org/");
    }

    @Test
    void theCanonicalLinkComesBeforeOgUrlAndRelativeOgUrlsAreRefused() {
        Document doc = page("<link rel=\"canonical\" href=\"/world/clashes-near-the-border\">"
                + "<meta property=\"og:url\" content=\"https://m.example.org/x\">", "");
        assertThat(PageMetadata.pageUrl(doc)).isEqualTo("https://example.org/world/clashes-near-the-border");
        assertThat(PageMetadata.pageUrl(Jsoup.parse("<meta property=\"og:url\" content=\"/x\">"))).isNull();
        assertThat(PageMetadata.pageUrl(Jsoup.parse("<meta property=\"og:url\" content=\"https://example.org/y\">")))
                .isEqualTo("https://example.org/y");
    }

    @Test
    void theDocumentTitleLosesTheSiteNameWhenNoMetaTitleIsGiven() {
        Document doc = page("<title>Shelling hits market in river town | The Evening Wire</title>", "<h1>Other</h1>");
        assertThat(PageMetadata.title(doc, "The Evening Wire")).isEqualTo("Shelling hits market in river town");
        Document og = page("<meta property=\"og:title\" content=\"Curfew imposed after riots\"><title>x</title>", "");
        assertThat(PageMetadata.title(og, null)).isEqualTo("Curfew imposed after riots");
        assertThat(PageMetadata.title(page("", "<h1>Talks collapse in capital</h1>"), null))
                .isEqualTo("Talks collapse in capital");
    }

    @Test
    void thePublicationDayComesFromMetaThenJsonLdThenTimeElements() {
        assertThat(PageMetadata.published(page("<meta property=\"article:published_time\" "
                + "content=\"2019-10-02T08:15:00Z\">", "<time datetime=\"2019-01-01\">"))).isEqualTo(LocalDate.of(2019, 10, 2));
        assertThat(PageMetadata.published(page("<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": "
                + "\"NewsArticle\", \"datePublished\": \"2019-10-03\",}]}</script>", "")))
                .as("nested in @graph, with a trailing comma").isEqualTo(LocalDate.of(2019, 10, 3));
        assertThat(PageMetadata.published(page("", "<article><time datetime=\"2019-10-04T12:00\">Friday</time>"
                + "</article>"))).isEqualTo(LocalDate.of(2019, 10, 4));
        assertThat(PageMetadata.published(page("", "<p>No date here.</p>"))).isNull();
    }

    @Test
    void metaMatchesPropertyNameOrItempropInAnyCase() {
        Document doc = page("<meta NAME=\"Publish-Date\" content=\" 2019-10-05 \">", "");
        assertThat(PageMetadata.meta(doc, "publish-date")).isEqualTo("2019-10-05");
        assertThat(PageMetadata.meta(doc, "og:title")).isNull();
    }
}
