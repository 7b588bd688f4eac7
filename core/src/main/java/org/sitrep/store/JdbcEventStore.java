package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.sitrep.model.Account;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Correction;
import org.sitrep.model.Count;
import org.sitrep.model.Dispute;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;

/**
 * The event store on JDBC: an embedded H2 file database by default, PostgreSQL when given a
 * {@code jdbc:postgresql://} URL. The schema comes from the Flyway migrations in
 * {@code src/main/resources/db/migration}, applied on open.
 *
 * <p>One connection, used by one thread at a time: every method is synchronized, and a
 * {@link #transaction} holds the store until it commits or rolls back.
 */
public final class JdbcEventStore implements EventStore {
    /** Longest IN (...) list sent in one statement. */
    private static final int CHUNK = 500;
    /** Separates the values of the outlets and actors filter columns; also written first and last. */
    private static final String SEP = "\n";

    private final Connection conn;
    private int depth;

    private JdbcEventStore(Connection conn) {
        this.conn = conn;
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
        // the automatic server must only listen on loopback: H2 binds its server sockets to h2.bindAddress
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        // writers queue on the writer lock (one block re-fusion at a time), so allow a long wait
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("sitrep") + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=120000";
    }

    /** Opens the database at {@code url} and brings its schema up to date. */
    public static JdbcEventStore open(String url, String user, String password) {
        try {
            Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                    .load().migrate();
        } catch (RuntimeException e) {
            throw new StoreException("could not migrate the store schema at " + url + ": " + e.getMessage(), e);
        }
        try {
            Connection c = DriverManager.getConnection(url, user, password);
            c.setAutoCommit(true);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            return new JdbcEventStore(c);
        } catch (SQLException e) {
            throw new StoreException("could not open the store at " + url + ": " + e.getMessage(), e);
        }
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
        return atomic("look up an article", () -> exists("SELECT 1 FROM articles WHERE content_hash = ?", contentHash));
    }

    @Override
    public synchronized void lockWriters() {
        if (depth == 0) {
            throw new IllegalStateException("lockWriters is only meaningful inside a transaction");
        }
        atomic("lock the store for writing", () -> {
            // a written row is locked to the end of the transaction, in H2 and PostgreSQL and across processes;
            // a write rather than SELECT ... FOR UPDATE, so H2's later reads see the previous writer's commit
            try (PreparedStatement ps = conn.prepareStatement("UPDATE writer_lock SET writes = writes + 1 WHERE id = 1")) {
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("the writer_lock row is missing");
                }
            }
            return null;
        });
    }

    @Override
    public synchronized boolean hasDocId(String docId) {
        return atomic("look up an article", () -> exists("SELECT 1 FROM articles WHERE doc_id = ?", docId));
    }

    private boolean exists(String sql, String value) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public synchronized void addArticle(Article a, List<EventMention> mentions) {
        if (a.contentHash() == null) {
            throw new IllegalArgumentException("article " + a.docId() + " has no content hash");
        }
        atomic("store article " + a.docId(), () -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO articles (doc_id, content_hash, outlet, url, "
                    + "published, title, text, mention_count, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, a.docId());
                ps.setString(2, a.contentHash());
                ps.setString(3, a.outlet());
                ps.setString(4, a.url());
                setDate(ps, 5, a.published());
                ps.setString(6, a.title());
                ps.setString(7, a.text());
                ps.setInt(8, mentions.size());
                ps.setTimestamp(9, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO mentions (id, doc_id, event_type, "
                    + "sub_event_type, status, date, date_end, country, admin1, location_name, frame, fuse_block, json, "
                    + "admin1_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (EventMention m : mentions) {
                    if (!a.docId().equals(m.docId())) {
                        throw new IllegalArgumentException("mention " + m.id() + " is from " + m.docId() + ", not " + a.docId());
                    }
                    Place p = m.location();
                    ps.setString(1, m.id());
                    ps.setString(2, a.docId());
                    ps.setString(3, m.type().eventType());
                    ps.setString(4, m.type().subEventType());
                    ps.setString(5, m.status().code());
                    setDate(ps, 6, m.date().date());
                    setDate(ps, 7, m.date().dateEnd());
                    ps.setString(8, p == null ? null : p.country());
                    ps.setString(9, p == null ? null : p.admin1());
                    ps.setString(10, p == null ? null : p.name());
                    ps.setString(11, m.frame());
                    ps.setString(12, org.sitrep.fuse.Fuser.blockKey(m));
                    ps.setString(13, json(EventJson.mention(m)));
                    ps.setString(14, p == null ? null : p.admin1Code());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public synchronized List<EventMention> allMentions() {
        return atomic("read mentions", () -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT json, frame FROM mentions ORDER BY seq")) {
                return readMentions(ps);
            }
        });
    }

    @Override
    public synchronized List<EventMention> mentionsOfDatedArticles() {
        return atomic("read mentions", () -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT m.json, m.frame FROM mentions m JOIN articles a "
                    + "ON a.doc_id = m.doc_id WHERE a.published IS NOT NULL ORDER BY m.seq")) {
                return readMentions(ps);
            }
        });
    }

    @Override
    public synchronized List<EventMention> mentionsInBlocks(Collection<String> blocks) {
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(blocks));
        if (keys.isEmpty()) {
            return List.of();
        }
        return atomic("read mentions", () -> {
            // a store has few blocks touched per article; one statement keeps the stored order
            try (PreparedStatement ps = conn.prepareStatement("SELECT json, frame FROM mentions WHERE fuse_block IN ("
                    + marks(keys.size()) + ") ORDER BY seq")) {
                for (int i = 0; i < keys.size(); i++) {
                    ps.setString(i + 1, keys.get(i));
                }
                return readMentions(ps);
            }
        });
    }

    private static List<EventMention> readMentions(PreparedStatement ps) throws SQLException {
        List<EventMention> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(MentionJson.read(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    @Override
    public synchronized Set<String> eventIdsFor(Collection<String> mentionIds) {
        return atomic("read events", () -> eventIds(mentionIds));
    }

    private Set<String> eventIds(Collection<String> mentionIds) throws SQLException {
        return distinctWhereIn("SELECT DISTINCT event_id FROM event_mentions WHERE mention_id IN (%s)", mentionIds);
    }

    /** The distinct first column of {@code sqlWithIn} (one "%s" for the IN list) over the values, chunk by chunk. */
    private Set<String> distinctWhereIn(String sqlWithIn, Collection<String> values) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> chunk : chunks(values)) {
            try (PreparedStatement ps = conn.prepareStatement(String.format(sqlWithIn, marks(chunk.size())))) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    @Override
    public synchronized void replaceEvents(Collection<String> affectedMentionIds, List<Event> events) {
        atomic("replace events", () -> {
            Set<String> old = eventIds(affectedMentionIds);
            for (List<String> chunk : chunks(old)) {
                try (PreparedStatement ps = conn.prepareStatement("DELETE FROM events WHERE id IN (" + marks(chunk.size()) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    ps.executeUpdate();
                }
            }
            insertEvents(events);
            return null;
        });
    }

    private void insertEvents(List<Event> events) throws SQLException {
        try (PreparedStatement ev = conn.prepareStatement("INSERT INTO events (id, event_type, sub_event_type, status, "
                + "date, date_end, country, admin1, location_name, outlets, actors, fatalities, json, admin1_code) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement em = conn.prepareStatement("INSERT INTO event_mentions (event_id, mention_id) VALUES (?, ?)");
             PreparedStatement di = conn.prepareStatement("INSERT INTO disputes (event_id, ordinal, kind, field, summary) "
                     + "VALUES (?, ?, ?, ?, ?)")) {
            for (Event e : events) {
                Place p = e.location();
                Count fatalities = e.counts().get("fatalities");
                ev.setString(1, e.id());
                ev.setString(2, e.type().eventType());
                ev.setString(3, e.type().subEventType());
                ev.setString(4, e.status().code());
                setDate(ev, 5, e.date().date());
                setDate(ev, 6, e.date().dateEnd());
                ev.setString(7, p == null ? null : p.country());
                ev.setString(8, p == null ? null : p.admin1());
                ev.setString(9, p == null ? null : p.name());
                ev.setString(10, joined(e.accounts().stream().map(Account::label).toList()));
                ev.setString(11, joined(actorNames(e)));
                if (fatalities == null || fatalities.value() == null) {
                    ev.setNull(12, Types.BIGINT);
                } else {
                    ev.setLong(12, fatalities.value());
                }
                ev.setString(13, json(EventJson.event(e)));
                ev.setString(14, p == null ? null : p.admin1Code());
                ev.addBatch();
                for (String m : new LinkedHashSet<>(e.mentionIds())) {
                    em.setString(1, e.id());
                    em.setString(2, m);
                    em.addBatch();
                }
                int ordinal = 0;
                for (Dispute d : e.disputes()) {
                    di.setString(1, e.id());
                    di.setInt(2, ordinal++);
                    di.setString(3, d.kind());
                    di.setString(4, d.field());
                    di.setString(5, d.summary());
                    di.addBatch();
                }
            }
            ev.executeBatch();
            em.executeBatch();
            di.executeBatch();
        }
    }

    private static List<String> actorNames(Event e) {
        List<String> names = new ArrayList<>();
        addActor(names, e.actor1());
        addActor(names, e.actor2());
        for (Account a : e.accounts()) {
            addActor(names, a.actor1());
            addActor(names, a.actor2());
        }
        return names;
    }

    private static void addActor(List<String> names, Actor a) {
        if (a != null && a.name() != null) {
            names.add(a.name());
        }
    }

    /** Distinct values, lower case, each preceded and followed by {@link #SEP}; null when there are none. */
    private static String joined(List<String> values) {
        Set<String> distinct = new LinkedHashSet<>();
        values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> distinct.add(v.toLowerCase(Locale.ROOT)));
        return distinct.isEmpty() ? null : SEP + String.join(SEP, distinct) + SEP;
    }

    @Override
    public synchronized List<JsonNode> events(EventQuery q) {
        StringBuilder sql = new StringBuilder("SELECT json FROM events WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        where(q, sql, args);
        sql.append(" ORDER BY date DESC NULLS LAST, id LIMIT ? OFFSET ?");
        args.add(q.limit());
        args.add(q.offset());
        return atomic("query events", () -> {
            try (PreparedStatement ps = prepare(sql.toString(), args)) {
                return jsonRows(ps);
            }
        });
    }

    /** The JSON documents in the first column of the statement's rows, in order. */
    private static List<JsonNode> jsonRows(PreparedStatement ps) throws SQLException {
        List<JsonNode> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(parse(rs.getString(1)));
            }
        }
        return out;
    }

    @Override
    public synchronized long count(EventQuery q) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM events WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        where(q, sql, args);
        return atomic("count events", () -> {
            try (PreparedStatement ps = prepare(sql.toString(), args); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public synchronized List<Article> articles(int limit, int offset) {
        return atomic("read articles", () -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT doc_id, outlet, url, published, title, text, "
                    + "content_hash FROM articles ORDER BY doc_id LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                List<Article> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        java.sql.Date d = rs.getDate(4);
                        out.add(new Article(rs.getString(1), rs.getString(2), rs.getString(3),
                                d == null ? null : d.toLocalDate(), rs.getString(5), rs.getString(6),
                                rs.getString(7), "store:" + rs.getString(1)));
                    }
                }
                return out;
            }
        });
    }

    /** The filter clauses of a query, appended to {@code sql} with their arguments. */
    private static void where(EventQuery q, StringBuilder sql, List<Object> args) {
        if (q.from() != null) {
            sql.append(" AND COALESCE(date_end, date) >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND date <= ?");
            args.add(q.to());
        }
        if (q.region() != null) {
            String r = q.region().toLowerCase(Locale.ROOT);
            sql.append(" AND (LOWER(country) = ? OR LOWER(admin1) = ? OR LOWER(location_name) = ?");
            args.add(r);
            args.add(r);
            args.add(r);
            // admin1 holds the report's spelling: the gazetteer's name of the region (or its code) finds it by code
            List<String> codes = new ArrayList<>(org.sitrep.resolve.place.Admin1Names.codes(q.region()));
            codes.add(q.region().strip().toUpperCase(Locale.ROOT));
            sql.append(" OR admin1_code IN (").append(String.join(", ", java.util.Collections.nCopies(codes.size(), "?")))
                    .append("))");
            args.addAll(codes);
        }
        if (q.eventType() != null) {
            String t = q.eventType().toLowerCase(Locale.ROOT);
            sql.append(" AND (LOWER(event_type) = ? OR LOWER(sub_event_type) = ?)");
            args.add(t);
            args.add(t);
        }
        if (q.subEventType() != null) {
            sql.append(" AND LOWER(sub_event_type) = ?");
            args.add(q.subEventType().toLowerCase(Locale.ROOT));
        }
        if (q.actor() != null) {
            sql.append(" AND actors LIKE ? ESCAPE '!'");
            args.add(listPattern(q.actor()));
        }
        if (q.outlet() != null) {
            sql.append(" AND outlets LIKE ? ESCAPE '!'");
            args.add(listPattern(q.outlet()));
        }
        if (q.status() != null) {
            sql.append(" AND status = ?");
            args.add(q.status().code());
        }
    }

    private PreparedStatement prepare(String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            Object v = args.get(i);
            if (v instanceof LocalDate d) {
                setDate(ps, i + 1, d);
            } else if (v instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else {
                ps.setString(i + 1, (String) v);
            }
        }
        return ps;
    }

    private static String listPattern(String value) {
        String v = value.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + SEP + v + SEP + "%";
    }

    @Override
    public synchronized Optional<JsonNode> event(String id) {
        return atomic("read event " + id, () -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT json FROM events WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(parse(rs.getString(1))) : Optional.<JsonNode>empty();
                }
            }
        });
    }

    @Override
    public synchronized Optional<Article> article(String docId) {
        return atomic("read article " + docId, () -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT doc_id, outlet, url, published, title, text, "
                    + "content_hash FROM articles WHERE doc_id = ?")) {
                ps.setString(1, docId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Article>empty();
                    }
                    java.sql.Date d = rs.getDate(4);
                    return Optional.of(new Article(rs.getString(1), rs.getString(2), rs.getString(3),
                            d == null ? null : d.toLocalDate(), rs.getString(5), rs.getString(6), rs.getString(7),
                            "store:" + rs.getString(1)));
                }
            }
        });
    }

    @Override
    public synchronized List<JsonNode> eventsOfArticle(String docId) {
        return atomic("read the events of article " + docId, () -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT e.json FROM events e WHERE e.id IN (SELECT em.event_id "
                    + "FROM event_mentions em JOIN mentions m ON m.id = em.mention_id WHERE m.doc_id = ?) "
                    + "ORDER BY e.date NULLS LAST, e.id")) {
                ps.setString(1, docId);
                return jsonRows(ps);
            }
        });
    }

    @Override
    public synchronized void addCorrection(Correction c) {
        atomic("store correction " + c.id(), () -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO corrections (id, kind, field, corrected_value, "
                    + "note, made_by, made_at, undone_by, undone_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement cm = conn.prepareStatement("INSERT INTO correction_mentions (correction_id, ordinal, "
                         + "mention_id) VALUES (?, ?, ?)")) {
                ps.setString(1, c.id());
                ps.setString(2, c.kind().code());
                ps.setString(3, c.field());
                ps.setString(4, c.value());
                ps.setString(5, c.note());
                ps.setString(6, c.by());
                setInstant(ps, 7, c.at());
                ps.setString(8, c.undoneBy());
                setInstant(ps, 9, c.undoneAt());
                ps.executeUpdate();
                for (int i = 0; i < c.mentionIds().size(); i++) {
                    cm.setString(1, c.id());
                    cm.setInt(2, i);
                    cm.setString(3, c.mentionIds().get(i));
                    cm.addBatch();
                }
                cm.executeBatch();
            }
            return null;
        });
    }

    @Override
    public synchronized List<Correction> corrections() {
        return atomic("read corrections", () -> {
            java.util.Map<String, List<String>> mentions = new java.util.HashMap<>();
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT correction_id, mention_id FROM correction_mentions ORDER BY correction_id, ordinal")) {
                while (rs.next()) {
                    mentions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            List<Correction> out = new ArrayList<>();
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT id, kind, field, "
                    + "corrected_value, note, made_by, made_at, undone_by, undone_at FROM corrections ORDER BY seq")) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    out.add(new Correction(id, org.sitrep.model.CorrectionKind.fromCode(rs.getString(2)),
                            mentions.getOrDefault(id, List.of()), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), instant(rs, 7), rs.getString(8), instant(rs, 9)));
                }
            }
            return out;
        });
    }

    @Override
    public synchronized boolean undoCorrection(String id, String by, Instant at) {
        return atomic("undo correction " + id, () -> {
            try (PreparedStatement ps = conn.prepareStatement("UPDATE corrections SET undone_by = ?, undone_at = ? "
                    + "WHERE id = ? AND undone_at IS NULL")) {
                ps.setString(1, by);
                setInstant(ps, 2, at);
                ps.setString(3, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public synchronized Set<String> blocksOf(Collection<String> mentionIds) {
        return atomic("read fusion blocks",
                () -> distinctWhereIn("SELECT DISTINCT fuse_block FROM mentions WHERE id IN (%s)", mentionIds));
    }

    @Override
    public synchronized Set<String> allBlocks() {
        return atomic("read fusion blocks", () -> {
            Set<String> blocks = new LinkedHashSet<>();
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT DISTINCT fuse_block FROM mentions ORDER BY fuse_block")) {
                while (rs.next()) {
                    blocks.add(rs.getString(1));
                }
            }
            return blocks;
        });
    }

    /** Instants are stored as UTC wall-clock TIMESTAMPs, the same on H2 and PostgreSQL whatever the zone. */
    private static void setInstant(PreparedStatement ps, int i, Instant at) throws SQLException {
        if (at == null) {
            ps.setNull(i, Types.TIMESTAMP);
        } else {
            ps.setObject(i, java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
        }
    }

    private static Instant instant(ResultSet rs, int i) throws SQLException {
        java.time.LocalDateTime t = rs.getObject(i, java.time.LocalDateTime.class);
        return t == null ? null : t.toInstant(java.time.ZoneOffset.UTC);
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
        return atomic("count", () -> {
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Consistency problems: an article whose stored mentions are fewer or more than it had, a mention in no
     * event or in several, an event without mentions. Empty when the store is sound.
     */
    @Override
    public synchronized List<String> integrityProblems() {
        return atomic("check integrity", () -> {
            List<String> problems = new ArrayList<>();
            query(problems, "SELECT a.doc_id FROM articles a LEFT JOIN mentions m ON m.doc_id = a.doc_id "
                    + "GROUP BY a.doc_id, a.mention_count HAVING COUNT(m.id) <> a.mention_count",
                    "article %s does not have all its mentions");
            query(problems, "SELECT m.id FROM mentions m LEFT JOIN event_mentions em ON em.mention_id = m.id "
                    + "GROUP BY m.id HAVING COUNT(em.event_id) <> 1", "mention %s is not in exactly one event");
            query(problems, "SELECT e.id FROM events e LEFT JOIN event_mentions em ON em.event_id = e.id "
                    + "GROUP BY e.id HAVING COUNT(em.mention_id) = 0", "event %s has no mentions");
            query(problems, "SELECT em.mention_id FROM event_mentions em LEFT JOIN mentions m ON m.id = em.mention_id "
                    + "WHERE m.id IS NULL", "an event refers to missing mention %s");
            return problems;
        });
    }

    private void query(List<String> problems, String sql, String format) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                problems.add(String.format(format, rs.getString(1)));
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw new StoreException("could not close the store: " + e.getMessage(), e);
        }
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setObject(i, d);
        }
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(values));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }

    private static String json(ObjectNode node) {
        try {
            return EventJson.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON is not valid: " + e.getOriginalMessage(), e);
        }
    }
}
