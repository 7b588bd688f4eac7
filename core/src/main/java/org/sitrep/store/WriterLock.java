package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The SQL of the writer_lock table: one row whose update holds off other writers to the end of a transaction. */
final class WriterLock {
    private final Connection conn;

    WriterLock(Connection conn) {
        this.conn = conn;
    }

    /**
     * Locks the row for the running transaction. A written row is locked to its end, in H2 and PostgreSQL and
     * across processes; a write rather than SELECT ... FOR UPDATE, so H2's later reads see the previous
     * writer's commit.
     */
    void take() throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE writer_lock SET writes = writes + 1 WHERE id = 1")) {
            if (ps.executeUpdate() != 1) {
                throw new SQLException("the writer_lock row is missing");
            }
        }
    }
}
