package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Where a store lives and how its connection is opened: the embedded H2 file's URL and settings, the schema
 * brought up to date before the first use, autocommit and read-committed isolation.
 */
final class StoreConnection {
    private StoreConnection() {
    }

    /**
     * The URL of the embedded H2 database {@code <dir>/sitrep.mv.db} in H2's automatic mixed mode: the first
     * process to open it serves it to the others, on a loopback port.
     */
    static String h2Url(Path dir) {
        // the automatic server must only listen on loopback: H2 binds its server sockets to h2.bindAddress
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        // writers queue on the writer lock (one block re-fusion at a time), so allow a long wait
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("sitrep") + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=120000";
    }

    /** A connection to the database at {@code url}, its schema migrated first. */
    static Connection open(String url, String user, String password) {
        StoreSchema.migrate(url, user, password);
        try {
            Connection c = DriverManager.getConnection(url, user, password);
            c.setAutoCommit(true);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            return c;
        } catch (SQLException e) {
            throw new StoreException("could not open the store at " + url + ": " + e.getMessage(), e);
        }
    }
}
