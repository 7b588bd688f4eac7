// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An RSS or Atom item's content and title as article text, read as a JSONL record's markup is ({@link MarkupText}):
 * paragraphs from block tags, scripts, styles and hidden elements left out, references decoded. So an item's text
 * is what an .html article with the same body gives, rather than one run-on line that keeps a script's code.
 */
public final class FeedContent {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FeedContent() {
    }

    /**
     * The text of a content or description value of the given type (Rome's {@code SyndContent.getType()}: RSS
     * descriptions and Atom {@code html} are markup, Atom {@code text} is plain text taken as written). A whole
     * HTML page is kept as it is, for the text checks to refuse (reduced, its menus would pass for an article).
     */
    public static String text(String value, String type) {
        if (value == null) {
            return "";
        }
        String body = TextChecks.normalizeNewlines(value);
        if (isPlainType(type) || TextChecks.isHtmlPage(body)) {
            return body.strip();
        }
        return MarkupText.plain(body).strip();
    }

    /** An item's title on one line, its markup removed. */
    public static String title(String value) {
        if (value == null) {
            return null;
        }
        String t = SPACES.matcher(MarkupText.plain(value)).replaceAll(" ").strip();
        return t.isEmpty() ? null : t;
    }

    private static boolean isPlainType(String type) {
        if (type == null) {
            return false;
        }
        String t = type.strip().toLowerCase(Locale.ROOT);
        return t.equals("text") || t.equals("text/plain");
    }
}
