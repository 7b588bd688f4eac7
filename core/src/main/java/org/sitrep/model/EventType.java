package org.sitrep.model;

import java.io.Serializable;

/**
 * An ACLED event type and sub-event type, or the Humanitarian extension.
 * The legal pairs are listed in {@code ontology/event-types.tsv} and documented in docs/ontology.md.
 */
public record EventType(String eventType, String subEventType) implements Serializable {
}
