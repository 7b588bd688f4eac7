package org.sitrep.model;

/**
 * The kind of happening a trigger signals. Each frame's ACLED default type, priority, family, kind of
 * violence and allowed counts are columns of {@code lexicon/frames.tsv}; the words that signal it are in
 * {@code lexicon/triggers.tsv}. {@link #NONE} marks phrases that look like triggers but are not.
 */
public enum Frame {
    AIR, SHELL, BOMBING, SUICIDE, IED, EXPLOSION, GRENADE, CHEMICAL, CLASH, OFFENSIVE, ATTACK, CASUALTY, ABDUCT,
    SEXUAL, GUNFIRE, TAKE, TRANSFER, PROTEST, RIOT, MOB, AGREEMENT, ARREST, LOOT, DISRUPT, BASE, GROUP_CHANGE, STRATEGIC,
    EVACUATE, LEAVE, FLEE, RETURN, ACCESS, RELEASE, NONE
}
