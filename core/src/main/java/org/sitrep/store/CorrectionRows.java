package org.sitrep.store;

import static org.sitrep.store.SqlValues.instant;
import static org.sitrep.store.SqlValues.setInstant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Correction;
import org.sitrep.model.CorrectionKind;

/** Analysts' corrections: kept in the order made, never deleted; an undo marks one as undone. */
final class CorrectionRows {
    private final Connection conn;

    CorrectionRows(Connection conn) {
        this.conn = conn;
    }

    void add(Correction c) throws SQLException {
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
    }

    List<Correction> all() throws SQLException {
        Map<String, List<String>> mentions = new HashMap<>();
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
                out.add(new Correction(id, CorrectionKind.fromCode(rs.getString(2)),
                        mentions.getOrDefault(id, List.of()), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), instant(rs, 7), rs.getString(8), instant(rs, 9)));
            }
        }
        return out;
    }

    /** Marks the correction undone; false when there is none with this id or it was already undone. */
    boolean undo(String id, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE corrections SET undone_by = ?, undone_at = ? "
                + "WHERE id = ? AND undone_at IS NULL")) {
            ps.setString(1, by);
            setInstant(ps, 2, at);
            ps.setString(3, id);
            return ps.executeUpdate() == 1;
        }
    }
}
