package org.sitrep.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The store's sizes and its consistency check. */
final class StoreAudit {
    private final Connection conn;

    StoreAudit(Connection conn) {
        this.conn = conn;
    }

    /** The number of rows of {@code sql}, a SELECT COUNT(*). */
    long count(String sql) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Consistency problems: an article whose stored mentions are fewer or more than it had, a mention in no
     * event or in several, an event without mentions. Empty when the store is sound.
     */
    List<String> problems() throws SQLException {
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
    }

    private void query(List<String> problems, String sql, String format) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                problems.add(String.format(format, rs.getString(1)));
            }
        }
    }
}
