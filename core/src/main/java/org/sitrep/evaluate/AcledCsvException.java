package org.sitrep.evaluate;

/** A coded-data file that cannot be evaluated: which input, and why. */
public final class AcledCsvException extends RuntimeException {
    private final String input;
    private final String reason;

    public AcledCsvException(String input, String reason) {
        super(input + ": " + reason);
        this.input = input;
        this.reason = reason;
    }

    public String input() {
        return input;
    }

    public String reason() {
        return reason;
    }
}
