// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.sitrep.model.Article;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;

/**
 * Full-text search over stored article text and event evidence sentences. The index lives in memory
 * (Lucene's ByteBuffersDirectory): it is rebuilt from the store on start and after every ingest job, then
 * swapped in whole, so readers always see one complete index. See docs/serve.md.
 */
final class SearchIndex {
    /** Largest number of stored events indexed; beyond it the newest are indexed. */
    static final int MAX_EVENTS = 200_000;
    private static final int PAGE = 1000;
    private static final int SNIPPET = 160;

    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private volatile IndexSearcher searcher;

    /** One matching article. */
    public record ArticleHit(String docId, String title, String outlet, String snippet) {
    }

    /** What a search found: articles, and the ids of events whose evidence matched. */
    public record Hits(List<ArticleHit> articles, List<String> eventIds) {
    }

    /** Indexes everything in the store again and makes the new index current. */
    public synchronized void rebuild(EventStore store) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (int offset = 0; ; offset += PAGE) {
                List<Article> page = store.articles(PAGE, offset);
                for (Article a : page) {
                    Document d = new Document();
                    d.add(new StringField("kind", "article", Field.Store.NO));
                    d.add(new StringField("id", a.docId(), Field.Store.YES));
                    d.add(new TextField("title", a.title() == null ? "" : a.title(), Field.Store.YES));
                    d.add(new TextField("text", a.text(), Field.Store.YES));
                    if (a.outlet() != null) {
                        d.add(new StoredField("outlet", a.outlet()));
                    }
                    w.addDocument(d);
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            for (JsonNode e : store.events(EventQuery.all().limit(MAX_EVENTS))) {
                StringBuilder text = new StringBuilder();
                Set<String> sentences = new LinkedHashSet<>();
                e.path("sources").forEach(s -> sentences.add(s.path("sentence").asText("")));
                e.path("accounts").forEach(a -> a.path("sentences").forEach(s -> sentences.add(s.asText(""))));
                sentences.forEach(s -> text.append(s).append('\n'));
                Document d = new Document();
                d.add(new StringField("kind", "event", Field.Store.NO));
                d.add(new StringField("id", e.path("id").asText(), Field.Store.YES));
                d.add(new TextField("text", text.toString(), Field.Store.NO));
                w.addDocument(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Searches with Lucene's classic query syntax over article titles and text and event evidence.
     *
     * @throws IllegalArgumentException when the query cannot be parsed
     */
    public Hits search(String q, int limit) {
        IndexSearcher s = searcher;
        if (s == null) {
            return new Hits(List.of(), List.of());
        }
        Query query;
        try {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer);
            query = parser.parse(q);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("the search query cannot be parsed; quote it to search for the words");
        }
        Set<String> terms = new LinkedHashSet<>();
        query.visit(QueryVisitor.termCollector(new java.util.HashSet<>() {
            @Override
            public boolean add(Term t) {
                return terms.add(t.text());
            }
        }));
        try {
            List<ArticleHit> articles = new ArrayList<>();
            for (ScoreDoc sd : s.search(kind(query, "article"), limit).scoreDocs) {
                Document d = s.storedFields().document(sd.doc);
                articles.add(new ArticleHit(d.get("id"), emptyToNull(d.get("title")), d.get("outlet"),
                        snippet(d.get("text"), terms)));
            }
            List<String> events = new ArrayList<>();
            for (ScoreDoc sd : s.search(kind(query, "event"), limit).scoreDocs) {
                events.add(s.storedFields().document(sd.doc).get("id"));
            }
            return new Hits(articles, events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query kind(Query q, String kind) {
        return new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("kind", kind)), BooleanClause.Occur.FILTER).build();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** About {@value #SNIPPET} characters of text around the first query term found, else its start. */
    static String snippet(String text, Set<String> terms) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int at = -1;
        for (String t : terms) {
            int i = lower.indexOf(t.toLowerCase(Locale.ROOT));
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        int start = Math.max(0, at < 0 ? 0 : at - SNIPPET / 3);
        int end = Math.min(text.length(), start + SNIPPET);
        String s = text.substring(start, end).replaceAll("\\s+", " ").strip();
        return (start > 0 ? "…" : "") + s + (end < text.length() ? "…" : "");
    }
}
