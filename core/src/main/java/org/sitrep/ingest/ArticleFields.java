// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The fields of one article record {@code {id, url, outlet, published, title, text}}, read by one rule for a JSONL
 * line and for the body of {@code POST /api/articles}, so that the same record is taken or refused, and dated, the
 * same way on both roads. Other fields are left out, and {@link #unknownFields} names them so that the reader can say so.
 *
 * @param id        the record's id (a string, or a number written as text), or null when it gives none
 * @param outlet    the outlet as given, else the host of {@code url}, else null
 * @param published the publication day, or null when the record gives none
 * @param title     the title, as plain text when it holds HTML markup ({@link MarkupText})
 * @param text      the article text with its line ends made {@code \n}, as plain text when it holds HTML markup
 *                  ({@link MarkupText}); may be blank: the text checks judge it
 */
public record ArticleFields(String id, String url, String outlet, LocalDate published, String title, String text) {
    /** The fields an article record is read from; any other is left out. */
    public static final List<String> FIELDS = List.of("id", "url", "outlet", "published", "title", "text");
    private static final int MAX_QUOTED = 60;

    /**
     * The record's fields, or {@link IllegalArgumentException} whose message says what is wrong: not an object,
     * {@code text} missing, a field of the wrong JSON type, or a {@code published} value that is not a date.
     */
    public static ArticleFields of(JsonNode node) {
        if (node == null || !node.isObject()) {
            String kind = node == null ? "nothing" : kind(node);
            throw new IllegalArgumentException("record is not a JSON object (found " + kind + ")");
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            throw new IllegalArgumentException("missing text" + textInAnotherCase(node));
        }
        String body = string(node, "text");
        JsonNode idNode = node.get("id");
        String id = idNode != null && idNode.isNumber() ? idNode.asText() : string(node, "id");
        String url = string(node, "url");
        String outlet = string(node, "outlet");
        return new ArticleFields(id, url, outlet != null ? outlet : Metadata.hostOf(url), published(node),
                Metadata.clean(MarkupText.plain(string(node, "title"))), text(TextChecks.normalizeNewlines(body)));
    }

    /**
     * The record's field names that are not {@link #FIELDS}, in the record's order, each quoted and cut short as in
     * an error line ({@code 'body'}); empty for anything but an object.
     */
    public static List<String> unknownFields(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    out.add(quoted(name));
                }
            }
        }
        return out;
    }

    /** A hint when the record spells {@code text} in another case ({@code "Text"}): field names are exact. */
    private static String textInAnotherCase(JsonNode node) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.equalsIgnoreCase("text") && !name.equals("text")) {
                return " (the record has " + quoted(name) + "; field names are lower-case)";
            }
        }
        return "";
    }

    /**
     * The text, made plain when it holds HTML markup ({@link MarkupText}); a whole page is left for the text checks to
     * refuse (reduced, its menus would pass for the article), and a text that is nothing but markup is refused here.
     */
    private static String text(String body) {
        if (TextChecks.isHtmlPage(body) || !MarkupText.hasMarkup(body)) {
            return body;
        }
        String plain = MarkupText.plain(body);
        if (plain.isBlank() && !body.isBlank()) {
            throw new IllegalArgumentException("text holds only HTML markup (no text outside its tags, scripts and "
                    + "hidden elements)");
        }
        return plain;
    }

    /**
     * The record's publication date, or null when it gives none. A value that is not a date is refused rather
     * than dropped: relative dates in the text ("on Monday") are read against it, and without it the events
     * would quietly go undated.
     */
    private static LocalDate published(JsonNode node) {
        String text = string(node, "published");
        LocalDate day = Metadata.parseDate(text);
        if (day == null && text != null) {
            throw new IllegalArgumentException("published " + quoted(text)
                    + " is not a date (YYYY-MM-DD, an ISO date-time or an RFC 1123 date)");
        }
        return day;
    }

    /** A string field, stripped, or null when absent, null or blank; another JSON type is refused, not dropped. */
    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(field + " is not a string (found " + kind(v) + ")");
        }
        return field.equals("text") ? v.asText() : Metadata.clean(v.asText());
    }

    private static String kind(JsonNode v) {
        return v.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** The value in quotes for an error line: cut short, control characters shown as '?'. */
    private static String quoted(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(MAX_QUOTED).forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return "'" + b + (s.codePointCount(0, s.length()) > MAX_QUOTED ? "...'" : "'");
    }
}
