package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;

/**
 * An unidentified armed group fighting for a clan, tribe or community is an identity militia ({@code
 * actors/identity-cues.tsv}): the first cue word of the event's text names the militia. A militia the report calls by
 * a proper name that is no country's and no group's the dictionary knows ("Tiv militias", "a Nuer militia", "militias
 * from Agbo and Ekwe") is named for a community: ACLED's identity militia of that name. Stateless and thread-safe.
 */
final class IdentityCues {
    static final String CUES = "/actors/identity-cues.tsv";

    /** One cue: its words on whole words, and the militia class it names. */
    private record Cue(Pattern words, String militia) {
    }

    /** "Tiv militias": one capitalised word (not an acronym) right before a militia noun. */
    private static final Pattern NAMED_MILITIA = Pattern.compile(
            "(?<![\\p{L}-])(\\p{Lu}\\p{Ll}[\\p{L}'-]*)\\s+(?:militia|militias|militiaman|militiamen)(?!\\p{L})");
    /**
     * "militias from Agbo and Ekwe": militias named for the villages or communities they come from, one or two
     * capitalised words after "from".
     */
    private static final Pattern MILITIA_FROM = Pattern.compile(
            "(?<![\\p{L}-])(?:militia|militias|militiaman|militiamen)\\s+from\\s+(\\p{Lu}\\p{Ll}[\\p{L}'-]*"
                    + "(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}'-]*)?)(?![\\p{L}-])");
    /** The end of what comes before a sentence's first word: nothing, or a sentence's end. */
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?:]\\s*)[\"'“‘(\\s]*$");

    private final List<Cue> cues;
    private final Countries countries;
    /** Whether words name an actor the dictionary knows (a group's "militias from the X Front" are that group's). */
    private final java.util.function.Predicate<String> known;

    IdentityCues(Countries countries, java.util.function.Predicate<String> known) {
        this.countries = countries;
        this.known = known;
        List<Cue> c = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(CUES, 2)) {
            String quoted = Pattern.quote(r.get(0).toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q");
            // in lower case only: "Gulf Clan" and "Tribal Council" are names, not a clan or tribe fighting
            c.add(new Cue(Pattern.compile("(?<![\\p{L}-])" + quoted + "(?![\\p{L}-])"), r.get(1)));
        }
        this.cues = List.copyOf(c);
    }

    /**
     * {@code a} as the identity militia of the text's first cue when {@code a} is an unidentified armed group (its
     * country label kept: "Unidentified Armed Group (Kenya)" becomes "Unidentified Clan Militia (Kenya)"); otherwise
     * {@code a} unchanged.
     */
    Actor apply(Actor a, String text) {
        if (a == null || text == null || !a.name().startsWith(ActorDictionary.UNIDENTIFIED)) {
            return a;
        }
        String label = a.name().substring(ActorDictionary.UNIDENTIFIED.length());
        String community = community(a.text(), text);
        if (community != null) {
            return new Actor(community + " Militia" + label, ActorType.IDENTITY_MILITIA, a.text());
        }
        String militia = null;
        int at = Integer.MAX_VALUE;
        for (Cue c : cues) {
            Matcher m = c.words().matcher(text);
            if (m.find() && m.start() < at) {
                at = m.start();
                militia = c.militia();
            }
        }
        if (militia == null) {
            return a;
        }
        return new Actor(militia + label, ActorType.IDENTITY_MILITIA, a.text());
    }

    /**
     * The proper name before the militia noun of the actor's words, or null: none, a country's word ("Libyan
     * militias" are no community), or a capital that only opens the sentence ("Armed militiamen").
     */
    private String community(String words, String text) {
        if (words == null) {
            return null;
        }
        int at = text.indexOf(words);
        if (at < 0) {
            return null;
        }
        // the actor's words, or the name right before them ("Tiv" before a match of "militias")
        Matcher m = NAMED_MILITIA.matcher(text);
        while (m.find()) {
            if (m.end() > at && m.end() <= at + words.length()) {
                boolean opensSentence = SENTENCE_START.matcher(text.substring(0, m.start(1))).find();
                return opensSentence || countries.of(m.group(1)).isPresent() ? null : m.group(1);
            }
        }
        Matcher from = MILITIA_FROM.matcher(text);
        while (from.find()) {
            if (from.start() >= at && from.start() < at + words.length()) {
                String name = from.group(1);
                return countries.of(name).isPresent() || known.test(name) ? null : name;
            }
        }
        return null;
    }
}
