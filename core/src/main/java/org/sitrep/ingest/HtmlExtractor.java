package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Main article text and metadata of one HTML page.
 *
 * <p>The text comes from readability4j (a port of Mozilla Readability); when that finds nothing usable,
 * from jsoup heuristics: the largest {@code <article>}, {@code <main>}, {@code [role=main]},
 * {@code [itemprop=articleBody]}, then the element holding the most paragraph text. A candidate is
 * usable when it has at least {@code minTextChars} characters and is not mostly links (navigation).
 * The url, title and date are {@link PageMetadata}'s.
 */
final class HtmlExtractor {
    static final String NO_ARTICLE = "no article text found in HTML";
    /** Candidates whose text is more than this share of link text are navigation, not articles. */
    static final double MAX_LINK_DENSITY = 0.5;
    /**
     * Real pages nest a few dozen levels. Far deeper ones are hostile or broken: readability4j walks the
     * DOM recursively (stack overflow) and descendant selectors cost time proportional to the depth.
     */
    static final int MAX_DEPTH = 512;
    /**
     * readability4j re-reads the text under every nested container, so its cost grows with
     * depth x size (a 5 MB page nested 500 levels takes half a minute). Above this product the linear
     * jsoup fallbacks are used instead; ordinary pages (depth 20-60, under 1 MB) are far below it.
     */
    static final long READABILITY_BUDGET = 200_000_000L;

    private static final String BOILERPLATE =
            "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, "
                    + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
                    + "[aria-hidden=true], [hidden]";

    private HtmlExtractor() {
    }

    record Extracted(String title, String text, LocalDate published, String url, String outlet) {
    }

    static Extracted extract(String html, int minTextChars) throws RejectedInput {
        Document doc = Jsoup.parse(html);
        int depth = depth(doc);
        if (depth > MAX_DEPTH) {
            throw new RejectedInput("HTML nested too deeply: " + depth + " levels, the limit is " + MAX_DEPTH);
        }
        String url = PageMetadata.pageUrl(doc);
        String siteName = Metadata.clean(PageMetadata.meta(doc, "og:site_name"));
        String outlet = siteName != null ? siteName : Metadata.hostOf(url);
        String title = PageMetadata.title(doc, siteName);
        LocalDate published = PageMetadata.published(doc);
        String text = mainText(doc, (long) depth * html.length() <= READABILITY_BUDGET, url, title, minTextChars);
        if (text == null) {
            throw new RejectedInput(NO_ARTICLE);
        }
        return new Extracted(title, text, published, url, outlet);
    }

    // ---------------------------------------------------------------- text

    private static String mainText(Document doc, boolean useReadability, String url, String title,
                                   int minTextChars) {
        if (useReadability) {
            String text = usable(readability(doc, url), title, minTextChars);
            if (text != null) {
                return text;
            }
        }
        Document clean = doc.clone();
        clean.select(BOILERPLATE).remove();
        for (Element candidate : fallbackCandidates(clean)) {
            String text = usable(candidate, title, minTextChars);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static Element readability(Document doc, String url) {
        try {
            // Readability rewrites the document it is given; keep the original for the fallbacks. It also drops
            // style attributes, so elements hidden by one go first, or their text would join the article's.
            Document copy = doc.clone();
            copy.getAllElements().stream().filter(e -> e.parent() != null && HtmlText.isHidden(e)).toList()
                    .forEach(Element::remove);
            return new Readability4J(url == null ? "" : url, copy).parse().getArticleContent();
        } catch (RuntimeException | LinkageError e) {
            // readability4j 1.0.8 was built against an older jsoup; any failure means "use the fallbacks"
            return null;
        }
    }

    /** How deeply the document's elements nest. */
    static int depth(Document doc) {
        int[] max = {0};
        NodeTraversor.traverse((node, depth) -> max[0] = Math.max(max[0], depth), doc);
        return max[0];
    }

    private static List<Element> fallbackCandidates(Document clean) {
        TextStats stats = TextStats.of(clean);
        List<Element> out = new ArrayList<>();
        for (String css : List.of("article", "[itemprop=articleBody]", "main", "[role=main]")) {
            Element e = largest(clean.select(css), stats);
            if (e != null) {
                out.add(e);
            }
        }
        Element paragraphs = largestParagraphCluster(clean, stats);
        if (paragraphs != null) {
            out.add(paragraphs);
        }
        return out;
    }

    private static Element largest(List<Element> elements, TextStats stats) {
        Element best = null;
        int bestChars = 0;
        for (Element e : elements) {
            int n = stats.chars(e);
            if (n > bestChars) {
                best = e;
                bestChars = n;
            }
        }
        return best;
    }

    /** The element whose direct {@code <p>} children hold the most text. */
    private static Element largestParagraphCluster(Document clean, TextStats stats) {
        Map<Element, Integer> score = new HashMap<>();
        Element best = null;
        int bestScore = 0;
        for (Element p : clean.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int s = score.merge(parent, stats.chars(p), Integer::sum);
            if (s > bestScore) {
                best = parent;
                bestScore = s;
            }
        }
        return best;
    }

    private static String usable(Element candidate, String title, int minTextChars) {
        if (candidate == null) {
            return null;
        }
        Element copy = candidate.clone();
        if (TextStats.of(copy).linkDensity(copy) > MAX_LINK_DENSITY) {
            return null;
        }
        copy.select(BOILERPLATE).remove();
        dropLinkLists(copy);
        dropHeadline(copy, title);
        String text = HtmlText.render(copy);
        return text.length() >= minTextChars ? text : null;
    }

    /** "Most read", "Related" and share blocks: lists and boxes that are mostly links. */
    private static void dropLinkLists(Element content) {
        TextStats stats = TextStats.of(content);
        for (Element block : content.select("ul, ol, dl, div, section, table")) {
            if (block != content && block.parent() != null && stats.linkDensity(block) > MAX_LINK_DENSITY) {
                block.remove();
            }
        }
    }

    /** The headline repeats the title; the article text is the body below it. */
    private static void dropHeadline(Element content, String title) {
        if (title == null) {
            return;
        }
        String wanted = HtmlText.comparable(title);
        for (Element h : content.select("h1, h2")) {
            String have = HtmlText.comparable(h.text());
            if (!have.isEmpty() && (have.equals(wanted) || wanted.startsWith(have))) {
                h.remove();
                return;
            }
        }
    }
}
