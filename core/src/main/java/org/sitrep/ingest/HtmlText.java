package org.sitrep.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Plain text of an HTML element with paragraph structure: block elements become paragraphs separated
 * by a blank line (like the plain-text article files), {@code <br>} becomes a line break, other
 * whitespace runs become one space. Scripts, styles, forms, figures and hidden elements are skipped.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "dt",
            "fieldset", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
            "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
            "button", "select", "input", "textarea", "form", "figure", "figcaption", "picture", "video",
            "audio", "head");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private HtmlText() {
    }

    static boolean isSkipped(Element e) {
        return SKIPPED.contains(e.normalName()) || isHidden(e);
    }

    /** Hidden by an attribute or an inline style: not shown to a reader, so not the article's text. */
    static boolean isHidden(Element e) {
        return e.hasAttr("hidden")
                || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(e.attr("style")).find();
    }

    static String render(Element root) {
        return render(root, false);
    }

    /**
     * As {@link #render(Element)}; with {@code keepLines}, text keeps its white space as written, as inside
     * {@code <pre>}: for a plain text with a few inline tags, whose lines are its own ({@link MarkupText}).
     */
    static String render(Element root, boolean keepLines) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            private int pre = keepLines ? 1 : 0;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (pre > 0) {
                        sb.append(t.getWholeText());
                    } else {
                        appendCollapsed(sb, t.getWholeText());
                    }
                } else if (node instanceof Element e) {
                    if (node != root && isSkipped(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    String name = e.normalName();
                    if (name.equals("br")) {
                        newline(sb);
                    } else if (BLOCKS.contains(name)) {
                        paragraph(sb);
                    } else if (CELLS.contains(name)) {
                        space(sb);
                    }
                    if (name.equals("pre")) {
                        pre++;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String name = e.normalName();
                    if (BLOCKS.contains(name)) {
                        paragraph(sb);
                    }
                    if (name.equals("pre")) {
                        pre--;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return tidy(sb);
    }

    /** Lower-case text with whitespace collapsed, for comparing headlines with titles. */
    static String comparable(String s) {
        return s == null ? "" : SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private static void appendCollapsed(StringBuilder sb, String s) {
        String t = SPACES.matcher(s).replaceAll(" ");
        if (t.isEmpty()) {
            return;
        }
        if (t.charAt(0) == ' ' && (sb.isEmpty() || Character.isWhitespace(sb.charAt(sb.length() - 1)))) {
            t = t.substring(1);
        }
        sb.append(t);
    }

    private static void space(StringBuilder sb) {
        if (!sb.isEmpty() && !Character.isWhitespace(sb.charAt(sb.length() - 1))) {
            sb.append(' ');
        }
    }

    private static void newline(StringBuilder sb) {
        sb.append('\n');
    }

    private static void paragraph(StringBuilder sb) {
        sb.append("\n\n");
    }

    /** Strips each line, and keeps at most one blank line between paragraphs. */
    private static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int blank = 0;
        for (String line : raw.toString().split("\n", -1)) {
            String l = line.strip();
            if (l.isEmpty()) {
                blank++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(l);
            blank = 0;
        }
        return out.toString();
    }
}
