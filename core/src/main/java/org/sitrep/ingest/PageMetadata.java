package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page's metadata: its url, title and publication day, read from meta tags, links, JSON-LD and time
 * elements in the order publishers fill them. The article text is {@link HtmlExtractor}'s.
 */
final class PageMetadata {
    private static final ObjectMapper LENIENT_JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    private PageMetadata() {
    }

    /** Content of the first {@code <meta>} whose property, name or itemprop is {@code key} (any case). */
    static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("itemprop"))) {
                String v = Metadata.clean(m.attr("content"));
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    /** The canonical link, else og:url; absolute http(s) only. */
    static String pageUrl(Document doc) {
        for (Element link : doc.select("link[href]")) {
            if ("canonical".equalsIgnoreCase(link.attr("rel").strip())) {
                String u = absolute(link.attr("abs:href"), link.attr("href"));
                if (u != null) {
                    return u;
                }
            }
        }
        return absolute(null, meta(doc, "og:url"));
    }

    private static String absolute(String resolved, String raw) {
        String r = Metadata.clean(resolved);
        if (r != null) {
            return r;
        }
        String u = Metadata.clean(raw);
        return u != null && u.matches("(?i)https?://.+") ? u : null;
    }

    /** og:title, twitter:title, the document title without the site name, or the first h1. */
    static String title(Document doc, String siteName) {
        String t = Metadata.clean(meta(doc, "og:title"));
        if (t == null) {
            t = Metadata.clean(meta(doc, "twitter:title"));
        }
        if (t == null) {
            t = stripSiteName(Metadata.clean(doc.title()), siteName);
        }
        if (t == null) {
            Element h1 = doc.selectFirst("h1");
            t = h1 == null ? null : Metadata.clean(h1.text());
        }
        return t;
    }

    /** "Air strikes hit Douma - The Daily" becomes "Air strikes hit Douma" when the site is "The Daily". */
    private static String stripSiteName(String title, String siteName) {
        if (title == null || siteName == null) {
            return title;
        }
        for (String sep : List.of(" - ", " | ", " – ", " — ", " :: ")) {
            String suffix = sep + siteName;
            if (title.length() > suffix.length() && title.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))) {
                return title.substring(0, title.length() - suffix.length()).strip();
            }
        }
        return title;
    }

    /** The publication day from meta tags, then JSON-LD, then time elements; null when none parses. */
    static LocalDate published(Document doc) {
        for (String key : List.of("article:published_time", "datePublished", "og:published_time",
                "article.published", "publish-date", "publishdate", "pubdate", "sailthru.date",
                "parsely-pub-date", "dcterms.created", "dc.date.issued", "dc.date", "date")) {
            LocalDate d = Metadata.parseDate(meta(doc, key));
            if (d != null) {
                return d;
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            LocalDate d = Metadata.parseDate(jsonLdDatePublished(script.data()));
            if (d != null) {
                return d;
            }
        }
        for (String css : List.of("time[itemprop=datePublished]", "time[pubdate]", "article time[datetime]",
                "time[datetime]")) {
            for (Element time : doc.select(css)) {
                LocalDate d = Metadata.parseDate(time.hasAttr("datetime") ? time.attr("datetime") : time.text());
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The first {@code datePublished} in a JSON-LD block (objects, arrays and {@code @graph}). */
    private static String jsonLdDatePublished(String json) {
        try {
            return findField(LENIENT_JSON.readTree(json), "datePublished", 0);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String findField(JsonNode node, String field, int depth) {
        if (node == null || depth > 20) {
            return null;
        }
        if (node.isObject()) {
            JsonNode v = node.get(field);
            if (v != null && v.isTextual()) {
                return v.asText();
            }
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                String found = findField(child, field, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
