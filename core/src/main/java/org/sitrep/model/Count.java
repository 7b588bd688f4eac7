package org.sitrep.model;

import java.io.Serializable;

/**
 * A reported number of people.
 *
 * @param value     the number, or null when the text is vague ("dozens")
 * @param qualifier how exact the number is
 * @param text      the words the count was read from
 */
public record Count(Long value, Qualifier qualifier, String text) implements Serializable {
    public static Count vague(String text) {
        return new Count(null, Qualifier.VAGUE, text);
    }
}
