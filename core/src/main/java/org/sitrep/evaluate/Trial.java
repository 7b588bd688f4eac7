package org.sitrep.evaluate;

/**
 * How one field fared on one row: {@code asked} comparisons (0 when the field does not apply to the
 * row, 2 for actor types when both actors are coded) of which {@code agreed} agreed.
 */
public record Trial(int agreed, int asked) {
    public static final Trial NOT_ASKED = new Trial(0, 0);

    public static Trial of(boolean agreed) {
        return new Trial(agreed ? 1 : 0, 1);
    }

    public Trial plus(Trial o) {
        return new Trial(agreed + o.agreed, asked + o.asked);
    }

    public boolean disagrees() {
        return agreed < asked;
    }
}
