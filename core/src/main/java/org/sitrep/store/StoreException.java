package org.sitrep.store;

/** A store operation failed: the database could not be reached, or a write broke a constraint. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
