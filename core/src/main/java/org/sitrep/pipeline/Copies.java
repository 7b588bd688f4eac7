package org.sitrep.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.common.Ids;
import org.sitrep.model.Article;
import org.sitrep.model.EventMention;
import org.sitrep.model.Source;

/**
 * Copies of one text (a syndicated story, a coder's note repeated for a second location): an article whose
 * text and publication date match an earlier article's is read once, and its mentions are that reading
 * reported under the copy's own docId, outlet and url, marked as a copy. Only the publication date among the
 * metadata changes what the text resolves to (relative dates), so two copies with different dates are read
 * separately, and still marked as copies.
 */
public final class Copies {
    private Copies() {
    }

    /**
     * What decides whether a copy can share an earlier article's reading: the text (its content hash) and the
     * publication date. Null without a content hash.
     */
    public static ReadingKey readingKey(Article a) {
        return a.contentHash() == null ? null : new ReadingKey(a.contentHash(), a.published());
    }

    /**
     * What a reading depends on: the text, by its content hash, and the publication date relative dates resolve
     * against (null when undated: an undated copy shares only an undated reading).
     */
    public record ReadingKey(String contentHash, LocalDate published) {
    }

    /**
     * For each article in order, the earlier article whose reading it shares (a copy with the same text and
     * date as an article read before it), or null when it is read itself.
     */
    public static List<Article> readers(List<Article> articles) {
        java.util.Map<ReadingKey, Article> first = new java.util.HashMap<>();
        java.util.List<Article> out = new java.util.ArrayList<>(articles.size());
        for (Article a : articles) {
            ReadingKey key = readingKey(a);
            Article reader = key == null ? null : first.get(key);
            if (reader == null && key != null) {
                first.put(key, a);
            }
            out.add(a.copyOf() != null ? reader : null);
        }
        return out;
    }

    /**
     * The mentions read from one article, reported by a copy: same values and evidence offsets, the copy's
     * docId, outlet and url on every source with the article it copies, and ids of its own.
     */
    public static List<EventMention> reportedBy(Article copy, List<EventMention> read) {
        return reportedBy(copy.docId(), copy.outlet(), copy.url(), copy.copyOf(), read);
    }

    /** As {@link #reportedBy(Article, List)}, for a reader that keeps only the copy's metadata (the Spark job). */
    public static List<EventMention> reportedBy(String docId, String outlet, String url, String copyOf,
                                                List<EventMention> read) {
        return read.stream().map(m -> new EventMention(id(docId, m.id()), m.type(), m.status(), m.aggregate(),
                m.date(), m.location(), m.origin(), m.destination(), m.actor1(), m.actor2(), m.counts(),
                m.sources().stream().map(s -> s.reportedBy(docId, outlet, url, copyOf)).toList(),
                m.deniedBy(), m.trigger(), m.frame())).toList();
    }

    /** An article's own reading, its sources marked as a copy when the article copies an earlier text. */
    public static List<EventMention> marked(Article a, List<EventMention> read) {
        if (a.copyOf() == null) {
            return read;
        }
        return read.stream().map(m -> new EventMention(m.id(), m.type(), m.status(), m.aggregate(),
                m.date(), m.location(), m.origin(), m.destination(), m.actor1(), m.actor2(), m.counts(),
                m.sources().stream().map(s -> s.reportedBy(s.docId(), s.outlet(), s.url(), a.copyOf())).toList(),
                m.deniedBy(), m.trigger(), m.frame())).toList();
    }

    /** A copy's mention id: stable, and derived from the mention it restates so the two never collide. */
    static String id(String docId, String readId) {
        return docId + "-" + Ids.hash(4, docId, readId);
    }
}
