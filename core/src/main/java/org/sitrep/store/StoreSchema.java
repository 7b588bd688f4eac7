package org.sitrep.store;

import org.flywaydb.core.Flyway;

/**
 * The store's schema: the Flyway migrations under {@code src/main/resources/db/migration}, applied in order
 * when a store is opened, so an older database is brought up to date and a current one is left as it is.
 */
final class StoreSchema {
    private StoreSchema() {
    }

    /** Applies the migrations the database at {@code url} lacks. */
    static void migrate(String url, String user, String password) {
        try {
            Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                    .load().migrate();
        } catch (RuntimeException e) {
            throw new StoreException("could not migrate the store schema at " + url + ": " + e.getMessage(), e);
        }
    }
}
