package org.sitrep.fuse;

import java.io.Serializable;

/**
 * What {@link Compatibility#sameClass} looks at in a mention: mentions with equal signatures match the same others.
 * Its components are strings and booleans only, so its hash is the same on every machine (a distributed run keys on
 * it; an enum's hash is not).
 *
 * @param coarseClass the coarse class of the mention's type (ontology/event-types.tsv)
 * @param violent     whether the type is violent (battles, explosions, violence against civilians)
 * @param attachable  whether the mention may join any violent event (casualties only, a denial)
 */
public record ClassSignature(String coarseClass, boolean violent, boolean attachable) implements Serializable {
}
