package org.sitrep.extract;

/**
 * Families of frames: triggers of one family in a sentence report one event (column family of
 * lexicon/frames.tsv). Frames outside the three shared families form a family of their own.
 */
enum Family {
    VIOLENCE, CROWD, MOVEMENT, AGREEMENT, ARREST, LOOT, DISRUPT, BASE, GROUP_CHANGE, STRATEGIC, ACCESS, RELEASE,
    TRANSFER, NONE
}
