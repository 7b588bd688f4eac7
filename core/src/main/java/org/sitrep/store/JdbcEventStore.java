package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.fuse.FusionBlock;
import org.sitrep.model.Article;
import org.sitrep.model.Correction;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;

/**
 * The event store on JDBC: an embedded H2 file database by default, PostgreSQL when given a
 * {@code jdbc:postgresql://} URL. The schema comes from the Flyway migrations in
 * {@code src/main/resources/db/migration}, applied on open.
 *
 * <p>One connection, used by one thread at a time: every method is synchronized, and a
 * {@link #transaction} holds the store until it commits or rolls back. The SQL of each table is its
 * own component's ({@link ArticleRows}, {@link EventRows}, {@link EventQueries}, {@link CorrectionRows},
 * {@link StoreAudit}, {@link WriterLock}) and {@link StoreConnection} opens the connection; this class makes each
 * operation atomic.
 */
public final class JdbcEventStore implements EventStore {
    private final Connection conn;
    private final ArticleRows articleRows;
    private final EventRows eventRows;
    private final EventQueries eventQueries;
    private final CorrectionRows correctionRows;
    private final StoreAudit audit;
    private final WriterLock writerLock;
    private int depth;

    private JdbcEventStore(Connection conn) {
        this.conn = conn;
        this.articleRows = new ArticleRows(conn);
        this.eventRows = new EventRows(conn);
        this.eventQueries = new EventQueries(conn);
        this.correctionRows = new CorrectionRows(conn);
        this.audit = new StoreAudit(conn);
        this.writerLock = new WriterLock(conn);
    }

    /**
     * The embedded H2 database {@code <dir>/sitrep.mv.db}, created (with {@code dir}) when missing, in H2's
     * automatic mixed mode: the first process to open it serves it to the others (serve, ingest and watch
     * share one store), on a loopback port whose random key is in the lock file beside the database.
     */
    public static JdbcEventStore openH2(Path dir) {
        return open(h2Url(dir), "sa", "");
    }

    /** The same as {@link #openH2}: named for callers that rely on other processes sharing the store. */
    public static JdbcEventStore openShared(Path dir) {
        return openH2(dir);
    }

    public static String h2Url(Path dir) {
        return StoreConnection.h2Url(dir);
    }

    /** Opens the database at {@code url} and brings its schema up to date. */
    public static JdbcEventStore open(String url, String user, String password) {
        return new JdbcEventStore(StoreConnection.open(url, user, password));
    }

    @Override
    public synchronized <T> T transaction(Work<T> work) {
        if (depth > 0) {
            return runWork(work);
        }
        try {
            conn.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException("could not begin a transaction", e);
        }
        depth++;
        boolean committed = false;
        try {
            T result = runWork(work);
            conn.commit();
            committed = true;
            return result;
        } catch (SQLException e) {
            throw new StoreException("could not commit: " + e.getMessage(), e);
        } finally {
            depth--;
            try {
                if (!committed) {
                    conn.rollback();
                }
                conn.setAutoCommit(true);
            } catch (SQLException e) {
                // the transaction's own failure, already propagating, matters more
            }
        }
    }

    private <T> T runWork(Work<T> work) {
        try {
            return work.run(this);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException("transaction failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Sql<T> {
        T run() throws SQLException;
    }

    /** One operation, atomic on its own and joining a running transaction. */
    private <T> T atomic(String what, Sql<T> body) {
        return transaction(tx -> {
            try {
                return body.run();
            } catch (SQLException e) {
                throw new StoreException("could not " + what + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public synchronized boolean hasArticle(String contentHash) {
        return atomic("look up an article", () -> articleRows.hasContentHash(contentHash));
    }

    @Override
    public synchronized void lockWriters() {
        if (depth == 0) {
            throw new IllegalStateException("lockWriters is only meaningful inside a transaction");
        }
        atomic("lock the store for writing", () -> {
            writerLock.take();
            return null;
        });
    }

    @Override
    public synchronized boolean hasDocId(String docId) {
        return atomic("look up an article", () -> articleRows.hasDocId(docId));
    }

    @Override
    public synchronized void addArticle(Article a, List<EventMention> mentions) {
        if (a.contentHash() == null) {
            throw new IllegalArgumentException("article " + a.docId() + " has no content hash");
        }
        atomic("store article " + a.docId(), () -> {
            articleRows.add(a, mentions);
            return null;
        });
    }

    @Override
    public synchronized List<EventMention> allMentions() {
        return atomic("read mentions", articleRows::allMentions);
    }

    @Override
    public synchronized List<EventMention> mentionsOfDatedArticles() {
        return atomic("read mentions", articleRows::mentionsOfDatedArticles);
    }

    @Override
    public synchronized List<EventMention> mentionsInBlocks(Collection<FusionBlock> blocks) {
        List<FusionBlock> keys = new ArrayList<>(new LinkedHashSet<>(blocks));
        if (keys.isEmpty()) {
            return List.of();
        }
        return atomic("read mentions", () -> articleRows.mentionsInBlocks(keys));
    }

    @Override
    public synchronized Set<String> eventIdsFor(Collection<String> mentionIds) {
        return atomic("read events", () -> eventRows.eventIds(mentionIds));
    }

    @Override
    public synchronized void replaceEvents(Collection<String> affectedMentionIds, List<Event> events) {
        atomic("replace events", () -> {
            eventRows.replace(affectedMentionIds, events);
            return null;
        });
    }

    @Override
    public synchronized List<JsonNode> events(EventQuery q) {
        return atomic("query events", () -> eventQueries.events(q));
    }

    @Override
    public synchronized long count(EventQuery q) {
        return atomic("count events", () -> eventQueries.count(q));
    }

    @Override
    public synchronized List<Article> articles(int limit, int offset) {
        return atomic("read articles", () -> articleRows.articles(limit, offset));
    }

    @Override
    public synchronized Optional<JsonNode> event(String id) {
        return atomic("read event " + id, () -> eventQueries.event(id));
    }

    @Override
    public synchronized Optional<Article> article(String docId) {
        return atomic("read article " + docId, () -> articleRows.article(docId));
    }

    @Override
    public synchronized List<JsonNode> eventsOfArticle(String docId) {
        return atomic("read the events of article " + docId, () -> eventQueries.eventsOfArticle(docId));
    }

    @Override
    public synchronized void addCorrection(Correction c) {
        atomic("store correction " + c.id(), () -> {
            correctionRows.add(c);
            return null;
        });
    }

    @Override
    public synchronized List<Correction> corrections() {
        return atomic("read corrections", correctionRows::all);
    }

    @Override
    public synchronized boolean undoCorrection(String id, String by, Instant at) {
        return atomic("undo correction " + id, () -> correctionRows.undo(id, by, at));
    }

    @Override
    public synchronized Set<FusionBlock> blocksOf(Collection<String> mentionIds) {
        return atomic("read fusion blocks", () -> articleRows.blocksOf(mentionIds));
    }

    @Override
    public synchronized Set<FusionBlock> allBlocks() {
        return atomic("read fusion blocks", articleRows::allBlocks);
    }

    @Override
    public synchronized long articleCount() {
        return count("SELECT COUNT(*) FROM articles");
    }

    @Override
    public synchronized long mentionCount() {
        return count("SELECT COUNT(*) FROM mentions");
    }

    @Override
    public synchronized long eventCount() {
        return count("SELECT COUNT(*) FROM events");
    }

    private long count(String sql) {
        return atomic("count", () -> audit.count(sql));
    }

    /**
     * Consistency problems: an article whose stored mentions are fewer or more than it had, a mention in no
     * event or in several, an event without mentions. Empty when the store is sound.
     */
    @Override
    public synchronized List<String> integrityProblems() {
        return atomic("check integrity", audit::problems);
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw new StoreException("could not close the store: " + e.getMessage(), e);
        }
    }
}
