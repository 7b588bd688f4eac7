package org.sitrep.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.NodeTraversor;

/**
 * Text and link-text sizes of every element under a root, computed in one pass (asking each element
 * for its {@code text()} would be quadratic in the nesting depth). Sizes count non-whitespace characters.
 */
final class TextStats {
    private final Map<Element, int[]> sizes = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            private int inLink;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    stats.sizes.put(e, new int[2]);
                    if (e.normalName().equals("a")) {
                        inLink++;
                    }
                } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                    int n = visibleChars(t.getWholeText());
                    int[] s = stats.sizes.get(parent);
                    if (s != null) {
                        s[0] += n;
                        if (inLink > 0) {
                            s[1] += n;
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        inLink--;
                    }
                    if (e != root && e.parent() != null) {
                        int[] mine = stats.sizes.get(e);
                        int[] up = stats.sizes.get(e.parent());
                        if (up != null) {
                            up[0] += mine[0];
                            up[1] += mine[1];
                        }
                    }
                }
            }
        }, root);
        return stats;
    }

    private static int visibleChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') {
                n++;
            }
        }
        return n;
    }

    /** Non-whitespace characters of text under the element (0 for elements not under the root). */
    int chars(Element e) {
        int[] s = sizes.get(e);
        return s == null ? 0 : s[0];
    }

    /** Share of the element's text that is inside links; 1 for elements without text. */
    double linkDensity(Element e) {
        int[] s = sizes.get(e);
        return s == null || s[0] == 0 ? 1 : s[1] / (double) s[0];
    }
}
