package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads of the stored events as their JSON documents: by query (filtered, paged, counted), by id, by article. */
final class EventQueries {
    private final Connection conn;

    EventQueries(Connection conn) {
        this.conn = conn;
    }

    /** One page of the query's events, latest first. */
    List<JsonNode> events(EventQuery q) throws SQLException {
        try (PreparedStatement ps = EventFilter.of(q).prepare(conn, "SELECT json FROM events WHERE 1 = 1",
                " ORDER BY date DESC NULLS LAST, id LIMIT ? OFFSET ?", List.of(q.limit(), q.offset()))) {
            return SqlValues.jsonRows(ps);
        }
    }

    /** How many events the query matches, whatever its page. */
    long count(EventQuery q) throws SQLException {
        try (PreparedStatement ps = EventFilter.of(q).prepare(conn, "SELECT COUNT(*) FROM events WHERE 1 = 1", "",
                List.of()); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    Optional<JsonNode> event(String id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT json FROM events WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(SqlValues.parse(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** The events that cite the article, earliest first. */
    List<JsonNode> eventsOfArticle(String docId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT e.json FROM events e WHERE e.id IN (SELECT em.event_id "
                + "FROM event_mentions em JOIN mentions m ON m.id = em.mention_id WHERE m.doc_id = ?) "
                + "ORDER BY e.date NULLS LAST, e.id")) {
            ps.setString(1, docId);
            return SqlValues.jsonRows(ps);
        }
    }
}
