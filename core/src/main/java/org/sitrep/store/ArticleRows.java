package org.sitrep.store;

import static org.sitrep.store.SqlValues.setDate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.fuse.FusionBlock;
import org.sitrep.fuse.Fuser;
import org.sitrep.model.Article;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;

/**
 * The articles and mentions tables: what ingest writes once per article and fusion reads back by block.
 * Runs inside the store's transaction ({@link JdbcEventStore}).
 */
final class ArticleRows {
    private static final String ARTICLE_COLUMNS = "SELECT doc_id, outlet, url, published, title, text, content_hash "
            + "FROM articles";

    private static final String BLOCK_COLUMNS = "fuse_class, fuse_placed, fuse_country";
    private static final String MENTIONS_OF_BLOCK = "SELECT seq, json, frame FROM mentions WHERE fuse_class = ? "
            + "AND fuse_placed = ? AND ";

    private final Connection conn;

    ArticleRows(Connection conn) {
        this.conn = conn;
    }

    boolean hasContentHash(String contentHash) throws SQLException {
        return exists("SELECT 1 FROM articles WHERE content_hash = ?", contentHash);
    }

    boolean hasDocId(String docId) throws SQLException {
        return exists("SELECT 1 FROM articles WHERE doc_id = ?", docId);
    }

    private boolean exists(String sql, String value) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The article and its mentions, each mention under its fusion block and with its filter columns. */
    void add(Article a, List<EventMention> mentions) throws SQLException {
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
                + "sub_event_type, status, date, date_end, country, admin1, location_name, frame, json, admin1_code, "
                + "fuse_class, fuse_placed, fuse_country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                SqlValues.setPlace(ps, 8, p);
                ps.setString(11, m.frame());
                ps.setString(12, SqlValues.json(EventJson.storedMention(m)));
                ps.setString(13, p == null ? null : p.admin1Code());
                FusionBlock b = Fuser.blockKey(m);
                ps.setString(14, b.eventClass());
                ps.setBoolean(15, b.placed());
                ps.setString(16, b.countryCode());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    List<EventMention> allMentions() throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT json, frame FROM mentions ORDER BY seq")) {
            return readMentions(ps);
        }
    }

    List<EventMention> mentionsOfDatedArticles() throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT m.json, m.frame FROM mentions m JOIN articles a "
                + "ON a.doc_id = m.doc_id WHERE a.published IS NOT NULL ORDER BY m.seq")) {
            return readMentions(ps);
        }
    }

    /** The mentions of the blocks, in stored order; {@code keys} distinct and not empty. */
    List<EventMention> mentionsInBlocks(List<FusionBlock> keys) throws SQLException {
        // one statement per block, each an index lookup (an OR of blocks is a table scan on H2); an article touches
        // few blocks. A block without a country matches on IS NULL, which no IN list of values can express.
        TreeMap<Long, EventMention> bySeq = new TreeMap<>();
        try (PreparedStatement withCountry = conn.prepareStatement(MENTIONS_OF_BLOCK + "fuse_country = ?");
             PreparedStatement withoutCountry = conn.prepareStatement(MENTIONS_OF_BLOCK + "fuse_country IS NULL")) {
            for (FusionBlock b : keys) {
                PreparedStatement ps = b.countryCode() == null ? withoutCountry : withCountry;
                ps.setString(1, b.eventClass());
                ps.setBoolean(2, b.placed());
                if (b.countryCode() != null) {
                    ps.setString(3, b.countryCode());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        bySeq.put(rs.getLong(1), MentionJson.read(rs.getString(2), rs.getString(3)));
                    }
                }
            }
        }
        return new ArrayList<>(bySeq.values());
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

    List<Article> articles(int limit, int offset) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(ARTICLE_COLUMNS + " ORDER BY doc_id LIMIT ? OFFSET ?")) {
            ps.setInt(1, limit);
            ps.setInt(2, offset);
            List<Article> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(article(rs));
                }
            }
            return out;
        }
    }

    Optional<Article> article(String docId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(ARTICLE_COLUMNS + " WHERE doc_id = ?")) {
            ps.setString(1, docId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(article(rs)) : Optional.empty();
            }
        }
    }

    /** The row's article; its input names the store, as a file names its path. */
    private static Article article(ResultSet rs) throws SQLException {
        java.sql.Date d = rs.getDate(4);
        return new Article(rs.getString(1), rs.getString(2), rs.getString(3), d == null ? null : d.toLocalDate(),
                rs.getString(5), rs.getString(6), rs.getString(7), "store:" + rs.getString(1));
    }

    Set<FusionBlock> blocksOf(Collection<String> mentionIds) throws SQLException {
        Set<FusionBlock> out = new LinkedHashSet<>();
        for (List<String> chunk : SqlValues.chunks(mentionIds)) {
            try (PreparedStatement ps = conn.prepareStatement("SELECT DISTINCT " + BLOCK_COLUMNS
                    + " FROM mentions WHERE id IN (" + SqlValues.marks(chunk.size()) + ")")) {
                SqlValues.setStrings(ps, chunk);
                readBlocks(ps, out);
            }
        }
        return out;
    }

    Set<FusionBlock> allBlocks() throws SQLException {
        Set<FusionBlock> blocks = new LinkedHashSet<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT DISTINCT " + BLOCK_COLUMNS + " FROM mentions")) {
            readBlocks(ps, blocks);
        }
        return blocks;
    }

    private static void readBlocks(PreparedStatement ps, Set<FusionBlock> out) throws SQLException {
        List<FusionBlock> read = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                read.add(new FusionBlock(rs.getString(1), rs.getBoolean(2), rs.getString(3)));
            }
        }
        read.stream().sorted().forEach(out::add);
    }
}
