package org.sitrep.model;

import java.io.Serializable;

/**
 * The words naming a participant, before normalization.
 *
 * @param text the noun phrase ("Syrian army troops", "the so-called Army of Islam extremist fighters")
 * @param head the phrase's head word, lower case ("troops"), used when the phrase itself is unknown
 */
public record ActorRef(String text, String head) implements Serializable {
}
