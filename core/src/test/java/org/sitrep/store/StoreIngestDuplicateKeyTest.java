package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A store's "key already taken" is recognised through its wrapping, by SQLSTATE class 23 alone. */
class StoreIngestDuplicateKeyTest {
    @Test
    void integrityViolationsAreDuplicateKeysWhereverTheyAreWrapped() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        assertThat(StoreIngest.isDuplicateKey(new StoreException("could not store article a-1", unique))).isTrue();
        assertThat(StoreIngest.isDuplicateKey(new StoreException("outer", new RuntimeException(unique)))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(StoreIngest.isDuplicateKey(new StoreException("could not commit", new SQLException("timeout", "HYT00")))).isFalse();
        assertThat(StoreIngest.isDuplicateKey(new StoreException("no cause", null))).isFalse();
        assertThat(StoreIngest.isDuplicateKey(new StoreException("no state", new SQLException("x")))).isFalse();
    }
}
