package org.sitrep.resolve.actor;

/**
 * A normalized claimed source, with what was learned on the way.
 *
 * @param name   the normalized source name, as {@link ActorDictionary#normalizeSource} returns it
 * @param kind   the kind of body; a listed kind from sources.tsv, else armed group when the source is a named
 *               non-state actor ("an Ahrar al-Sham official"), multiple for a coordination of sources
 *               ({@link ActorDictionary#normalizeSources} gives the parts), unknown when the phrase was not recognised
 * @param person the person named in the phrase when the source was reduced to their organisation
 *               ("Observatory head Rami Abdel Rahman" -> person "Rami Abdel Rahman"), else null
 */
public record SourceRef(String name, SourceKind kind, String person) {
}
