// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import org.sitrep.store.JdbcEventStore;
import picocli.CommandLine.Option;

/** The --db option: an H2 store folder (shared between processes) or a PostgreSQL JDBC URL. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "DIR|JDBC_URL", defaultValue = "sitrep-data",
            description = "store folder, or jdbc:postgresql://HOST/DB (default: ${DEFAULT-VALUE})")
    String db;

    JdbcEventStore open() {
        if (db.startsWith("jdbc:")) {
            return JdbcEventStore.open(db, System.getenv("SITREP_DB_USER"), System.getenv("SITREP_DB_PASSWORD"));
        }
        return JdbcEventStore.openShared(java.nio.file.Path.of(db));
    }

    /** Where the store is, for messages (never a password: the URL carries none, they come from the environment). */
    String describe() {
        return db.startsWith("jdbc:") ? db : java.nio.file.Path.of(db).toAbsolutePath().toString();
    }
}
