package org.sitrep.model;

import java.io.Serializable;

/**
 * A span of a sentence that may name a place, before it is looked up in the gazetteer.
 *
 * @param text  the words ("Harasta", "eastern Ghouta", "Idlib province")
 * @param start character offset in the article text
 * @param end   character offset just past the span
 * @param role  LOCATION, ORIGIN or DESTINATION, read from the preposition or verb before it
 * @param modifier true when the name only modifies another noun ("the Damascus suburb", "Damascus-Homs highway")
 */
public record PlaceRef(String text, int start, int end, Role role, boolean modifier) implements Serializable {
    public enum Role { LOCATION, ORIGIN, DESTINATION }
}
