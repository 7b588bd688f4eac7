package org.sitrep.model;

import java.io.Serializable;

/**
 * A correction as it bears on one fused event, with what the machine had said, so the machine's account is
 * never lost.
 *
 * @param correction   the stored correction
 * @param machineValue SET_VALUE: the value fusion chose, as text ("none" when it chose none); otherwise null
 */
public record AppliedCorrection(Correction correction, String machineValue) implements Serializable {
}
