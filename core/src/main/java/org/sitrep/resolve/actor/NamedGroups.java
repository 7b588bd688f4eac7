package org.sitrep.resolve.actor;

import java.util.List;
import org.sitrep.model.Actor;

/**
 * The named group behind a side read as unidentified: the parser cut "IS militants" to "militants", and the
 * sentence's "IS militants" is the Islamic State. Stateless and thread-safe.
 */
final class NamedGroups {

    private NamedGroups() {
    }

    /** The named actor whose words hold or name the unidentified side {@code a}, else {@code a} itself. */
    static Actor named(Actor a, List<ActorMatch> found, String sentence) {
        if (a == null || a.text() == null || !a.name().startsWith(ActorDictionary.UNIDENTIFIED)) {
            return a;
        }
        int at = a.text().isEmpty() ? -1 : sentence.indexOf(a.text());
        for (ActorMatch m : found) {
            if (m.generic()) {
                continue;
            }
            if (m.text().length() > a.text().length() && m.text().endsWith(a.text())
                    || at >= 0 && namesTheNoun(sentence, m, at, at + a.text().length())) {
                return new Actor(m.actor().name(), m.actor().type(), a.text());
            }
        }
        return a;
    }

    /**
     * "clashed with Taliban militants, killing 7 militants": an unidentified side whose words end with the noun that
     * the words of exactly one named group in the sentence end with ("Taliban militants") is that group, unless it is
     * already the other side. Two named groups with that noun ("IS militants attacked Taliban militants") decide nothing.
     */
    static Actor sameNoun(Actor a, Actor other, List<ActorMatch> found) {
        if (a == null || a.text() == null || !a.name().startsWith(ActorDictionary.UNIDENTIFIED)) {
            return a;
        }
        String noun = lastWord(a.text());
        Actor named = null;
        for (ActorMatch m : found) {
            String[] words = m.text().strip().split("\\s+");
            if (m.generic() || words.length < 2 || noun.isEmpty() || !lastWord(m.text()).equals(noun)) {
                continue;
            }
            if (named != null && !named.name().equals(m.actor().name())) {
                return a;
            }
            named = m.actor();
        }
        if (named == null || other != null && other.name().equals(named.name())) {
            return a;
        }
        return new Actor(named.name(), named.type(), a.text());
    }

    /** The last word, if it is a common noun written in lower case ("militants"), else "" (a name's "Haram"). */
    private static String lastWord(String text) {
        String[] words = text.strip().split("\\s+");
        String last = words[words.length - 1].replaceAll("[^\\p{L}]", "");
        return last.equals(last.toLowerCase(java.util.Locale.ROOT)) ? last : "";
    }

    /**
     * Whether a named group stands right before the armed noun of the words at [start, end): "Taliban" before
     * "militants", "two HM militants" - the group's name, one space, the noun the words end with or go on from,
     * with at most a number or determiner before the name.
     */
    private static boolean namesTheNoun(String sentence, ActorMatch m, int start, int end) {
        boolean before = m.end() + 1 == start && sentence.charAt(m.end()) == ' ';
        boolean inside = m.start() > start && m.end() <= end
                && sentence.substring(start, m.start()).strip().split("\\s+").length <= 1
                && (m.end() == end || sentence.charAt(m.end()) == ' ' && m.end() + 1 < end
                && Character.isLowerCase(sentence.charAt(m.end() + 1)));
        return before || inside;
    }
}
