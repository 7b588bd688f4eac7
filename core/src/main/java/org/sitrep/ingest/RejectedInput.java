package org.sitrep.ingest;

/** Thrown inside the ingest stage when one input is rejected; becomes an {@code InputError}. */
final class RejectedInput extends Exception {
    private static final long serialVersionUID = 1L;

    RejectedInput(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
