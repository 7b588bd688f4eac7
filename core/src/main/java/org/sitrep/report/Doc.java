// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report as plain-text blocks, rendered to Markdown or HTML. Every string in a block is plain text,
 * never markup: the renderers escape all of it, so article text (untrusted) cannot inject tags or
 * Markdown structure whatever section it lands in.
 */
final class Doc {
    /** A piece of the report that renders itself both ways; all its strings are plain text. */
    private interface Block {
        void markdown(StringBuilder out);

        void html(StringBuilder out);
    }

    private record Heading(int level, String text) implements Block {
        public void markdown(StringBuilder out) {
            out.append("#".repeat(level)).append(' ').append(md(text)).append('\n');
        }

        public void html(StringBuilder out) {
            out.append("<h").append(level).append('>').append(esc(text)).append("</h").append(level).append(">\n");
        }
    }

    private record Para(String text) implements Block {
        public void markdown(StringBuilder out) {
            out.append(md(text)).append('\n');
        }

        public void html(StringBuilder out) {
            out.append("<p>").append(esc(text)).append("</p>\n");
        }
    }

    /** A remark about how to read a section, set apart from the content. */
    private record Note(String text) implements Block {
        public void markdown(StringBuilder out) {
            out.append('_').append(md(text)).append("_\n");
        }

        public void html(StringBuilder out) {
            out.append("<p class=\"note\">").append(esc(text)).append("</p>\n");
        }
    }

    private record Bullets(List<String> items) implements Block {
        public void markdown(StringBuilder out) {
            items.forEach(i -> out.append("- ").append(md(i)).append('\n'));
        }

        public void html(StringBuilder out) {
            out.append("<ul>\n");
            items.forEach(i -> out.append("<li>").append(esc(i)).append("</li>\n"));
            out.append("</ul>\n");
        }
    }

    private record Table(List<String> header, List<List<String>> rows) implements Block {
        public void markdown(StringBuilder out) {
            row(out, header);
            out.append("|---".repeat(header.size())).append("|\n");
            rows.forEach(r -> row(out, r));
        }

        private static void row(StringBuilder out, List<String> cells) {
            out.append('|');
            cells.forEach(c -> out.append(' ').append(md(c)).append(" |"));
            out.append('\n');
        }

        public void html(StringBuilder out) {
            out.append("<table>\n<thead><tr>");
            header.forEach(c -> out.append("<th>").append(esc(c)).append("</th>"));
            out.append("</tr></thead>\n<tbody>\n");
            for (List<String> r : rows) {
                out.append("<tr>");
                r.forEach(c -> out.append("<td>").append(esc(c)).append("</td>"));
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
    }

    final String title;
    final List<Block> blocks = new ArrayList<>();

    Doc(String title) {
        this.title = title;
        blocks.add(new Heading(1, title));
    }

    Doc h2(String text) {
        blocks.add(new Heading(2, text));
        return this;
    }

    Doc h3(String text) {
        blocks.add(new Heading(3, text));
        return this;
    }

    Doc para(String text) {
        blocks.add(new Para(text));
        return this;
    }

    Doc note(String text) {
        blocks.add(new Note(text));
        return this;
    }

    /** A list, or {@code empty} as a paragraph when there is nothing to list. */
    Doc bullets(List<String> items, String empty) {
        blocks.add(items.isEmpty() ? new Para(empty) : new Bullets(List.copyOf(items)));
        return this;
    }

    /** A table, or {@code empty} as a paragraph when there are no rows. */
    Doc table(List<String> header, List<List<String>> rows, String empty) {
        blocks.add(rows.isEmpty() ? new Para(empty) : new Table(List.copyOf(header), rows.stream().map(List::copyOf).toList()));
        return this;
    }

    String markdown() {
        StringBuilder out = new StringBuilder(4096);
        for (Block b : blocks) {
            b.markdown(out);
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * Markdown-escapes plain text: line breaks become spaces (they would end a list item or table row),
     * characters that make links, emphasis, strike-through, code, table cells, inline HTML or entity references
     * are backslash-escaped, and so is
     * whatever would make the start of the text a heading, a list or a rule,
     * which CommonMark renders as the literal character. A Markdown viewer that renders inline HTML
     * therefore shows "&lt;script&gt;" from an article as text.
     */
    static String md(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        int start = 0;
        while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r', '\n', '\t' -> out.append(' ');
                // '&' would start an entity reference ("&lt;" shows as "<"), '~' GFM's strike-through
                case '\\', '`', '*', '[', ']', '<', '>', '|', '&', '~' -> out.append('\\').append(c);
                // Inside a word ("002_11779") an underscore cannot start emphasis; leave it readable there.
                case '_' -> out.append(inWord(s, i) ? "_" : "\\_");
                // At the start of a block these begin a heading, a list or a rule: "# x", "- x", "===".
                case '#', '+', '-', '=' -> out.append(i == start ? "\\" : "").append(c);
                // "12. x" or "12) x" at the start of a block would begin an ordered list.
                case '.', ')' -> out.append(i > start && i - start <= 9 && digitsBetween(s, start, i) ? "\\" : "").append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean digitsBetween(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean inWord(String s, int i) {
        return i > 0 && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i - 1))
                && Character.isLetterOrDigit(s.charAt(i + 1));
    }

    String html() {
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                // Defence in depth: even if some text escaped escaping, the page may load and run nothing.
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<main>\n");
        blocks.forEach(b -> b.html(out));
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    /** HTML-escapes text for element content and quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String CSS = """
            body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; background: #fff; margin: 0; }
            main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
            h1 { font-size: 1.6rem; margin: 0 0 1rem; }
            h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #d0d0d5; padding-bottom: .2rem; }
            h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
            table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
            th, td { border: 1px solid #d0d0d5; padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
            th { background: #f2f2f5; }
            tbody tr:nth-child(even) { background: #fafafc; }
            ul { padding-left: 1.3rem; }
            li { margin: .2rem 0; overflow-wrap: anywhere; }
            .note { color: #55555a; font-style: italic; }
            @media print { main { max-width: none; } }
            """;
}
