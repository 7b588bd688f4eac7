package org.sitrep.resolve.actor;

import org.sitrep.model.Actor;

/**
 * One actor mention found in a text.
 *
 * @param start   offset of the first character, relative to the string given to {@link ActorDictionary#find}
 * @param end     offset just past the mention (a possessive "'s" is not included)
 * @param text    the mention as written, {@code text.substring(start, end)}
 * @param actor   the normalized actor; {@code actor.text()} equals {@code text}
 * @param generic whether the mention is a description rather than a name: the actor is a class ("Civilians",
 *                "Protesters", "Rioters", "Unidentified Armed Group") or depends on the country hint
 *                ("troops" -> "Military Forces of" the hint country). "Syrian troops" is not generic: the country is named.
 * @param country the ISO2 country a named group belongs to or operates in ({@code actors.tsv}), else null (a generic
 *                mention; a state composed from a country word, whose word already names the country)
 * @param countryUnknown whether the actor is a class of the article country's actors and no country hint was given:
 *                its name lacks the country ("Police Forces", not "Police Forces of Kenya"), which a caller with a
 *                hint may complete by asking again
 */
public record ActorMatch(int start, int end, String text, Actor actor, boolean generic, String country,
                         boolean countryUnknown) {
}
