// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * A text field (a JSONL record's or a posted article's text and title) that holds HTML markup, made plain text the
 * way an .html file's article text is ({@link HtmlText}): tags dropped, character references decoded, scripts, styles
 * and hidden elements left out. Read as text, {@code <b>Red</b> Crescent} puts the tag's letter in a sentence, where
 * it can be taken for a name or a place.
 *
 * <p>Only a tag of an HTML element, a comment or a character reference counts as markup, so that a text that merely
 * uses angle brackets or ampersands ({@code "a <5% rise"}, {@code "R&D"}) is kept exactly as written. A text with block
 * tags ({@code <p>}, {@code <div>}, {@code <br>}) is an HTML body: its paragraphs come from the tags and its white
 * space is collapsed, as in a page. A text with inline tags only keeps its own line breaks.
 */
final class MarkupText {
    private static final String ELEMENTS = "a|abbr|address|area|article|aside|audio|b|bdi|bdo|big|blockquote|body|br|"
            + "button|canvas|caption|center|cite|code|col|colgroup|data|dd|del|details|dfn|dialog|div|dl|dt|em|embed|"
            + "fieldset|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|kbd|label|"
            + "legend|li|link|main|map|mark|meta|nav|noscript|object|ol|optgroup|option|p|param|picture|pre|q|rp|rt|"
            + "ruby|s|samp|script|section|select|small|source|span|strike|strong|style|sub|summary|sup|svg|table|"
            + "tbody|td|template|textarea|tfoot|th|thead|time|title|tr|tt|u|ul|var|video|wbr";
    /** An opening, closing or empty tag of an HTML element, or the start of a comment. */
    private static final Pattern TAG = Pattern.compile(
            "<(?:/?(?:" + ELEMENTS + ")(?:\\s[^<>]*)?/?>|!--)", Pattern.CASE_INSENSITIVE);
    /** Tags after which a text is an HTML body whose paragraphs the tags give, not lines. */
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "<(?:/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|table|tr|section|article|hr|pre|dl|dt|dd)(?:\\s[^<>]*)?/?>)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|([A-Za-z][A-Za-z0-9]{1,31}));");

    private MarkupText() {
    }

    /** Whether {@code s} holds a tag of an HTML element, a comment or a character reference. */
    static boolean hasMarkup(String s) {
        if (s.indexOf('<') >= 0 && TAG.matcher(s).find()) {
            return true;
        }
        if (s.indexOf('&') < 0) {
            return false;
        }
        Matcher m = REFERENCE.matcher(s);
        while (m.find()) {
            if (m.group(1) == null || Entities.isNamedEntity(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} as plain text when it {@linkplain #hasMarkup holds markup}, else {@code s} itself. */
    static String plain(String s) {
        if (s == null || !hasMarkup(s)) {
            return s;
        }
        return HtmlText.render(Jsoup.parseBodyFragment(s).body(), !BLOCK_TAG.matcher(s).find());
    }
}
