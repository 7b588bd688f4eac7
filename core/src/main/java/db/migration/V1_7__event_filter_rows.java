package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves the filter values of a store written before version 1.6 from the events' {@code outlets} and
 * {@code actors} columns (each value lower-cased and preceded and followed by a newline) into the
 * {@code event_outlets} and {@code event_actors} tables, one row per value, then drops the two columns.
 * Java rather than SQL: splitting a string into rows has no SQL that H2 and PostgreSQL both run.
 * The encoding read here is frozen: it is what the code before this version wrote, whatever the code writes now.
 */
public class V1_7__event_filter_rows extends BaseJavaMigration {
    /** The longest value the tables hold (V1_6); the store cuts longer ones to this length. */
    static final int VALUE_CHARS = 500;
    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection conn = context.getConnection();
        move(conn, "outlets", "INSERT INTO event_outlets (event_id, outlet) VALUES (?, ?)");
        move(conn, "actors", "INSERT INTO event_actors (event_id, actor) VALUES (?, ?)");
        try (Statement st = conn.createStatement()) {
            st.execute("ALTER TABLE events DROP COLUMN outlets");
            st.execute("ALTER TABLE events DROP COLUMN actors");
        }
    }

    private static void move(Connection conn, String column, String insert) throws SQLException {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, " + column + " FROM events WHERE " + column + " IS NOT NULL");
             PreparedStatement ps = conn.prepareStatement(insert)) {
            int pending = 0;
            while (rs.next()) {
                for (String value : values(rs.getString(2))) {
                    ps.setString(1, rs.getString(1));
                    ps.setString(2, value);
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    /** The distinct values of an old column, each cut as the store cuts them; empty lines (the ends) dropped. */
    static Set<String> values(String column) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : column.split("\n")) {
            if (!v.isEmpty()) {
                out.add(cut(v));
            }
        }
        return out;
    }

    /** At most {@link #VALUE_CHARS} characters, never ending in half a surrogate pair (as EventFilter.value). */
    static String cut(String v) {
        if (v.length() <= VALUE_CHARS) {
            return v;
        }
        return v.substring(0, Character.isHighSurrogate(v.charAt(VALUE_CHARS - 1)) ? VALUE_CHARS - 1 : VALUE_CHARS);
    }
}
