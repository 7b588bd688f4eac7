package org.sitrep.model;

import java.io.Serializable;

/**
 * A Universal Dependencies relation between two tokens of one sentence.
 *
 * @param governor  index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation  relation name, with subtype (nsubj, nsubj:pass, obl, obl:agent, nmod:poss, ...)
 */
public record Dependency(int governor, int dependent, String relation) implements Serializable {
}
