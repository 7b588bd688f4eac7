package org.sitrep.extract;

/**
 * Kinds of violence (column violence_kind of lexicon/frames.tsv): two kinds in one sentence are two
 * events ("air strikes answered mortar fire"); fighting and taking ground are one kind.
 */
enum ViolenceKind {
    AIR, SHELL, SUICIDE, IED, GRENADE, CHEMICAL, GROUND, ABDUCT, SEXUAL
}
