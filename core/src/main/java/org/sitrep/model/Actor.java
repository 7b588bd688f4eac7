package org.sitrep.model;

import java.io.Serializable;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A normalized actor.
 *
 * @param name normalized name, e.g. "Jaish al-Islam", "Military Forces of Syria", "Civilians"
 * @param type ACLED-style actor type (state forces, rebel group, ... foreign state), or null when unknown;
 *             written in JSON as its label ("state forces")
 * @param text the words in the article the actor was read from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Actor(String name, ActorType type, String text) implements Serializable {
    /** How the article names them ("a Jaish al-Islam spokesman"), or the normalized name when it gave no words. */
    public String asWritten() {
        if (text == null || text.isBlank()) {
            return name;
        }
        // a sentence-initial article is not part of the name: "denied by the rebel group", not "by The rebel group"
        return text.matches("(?:The|A|An) \\S.*") ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }
}
