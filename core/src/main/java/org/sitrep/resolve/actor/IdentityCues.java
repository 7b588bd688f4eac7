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
 * actors/identity-cues.tsv}): the first cue word of the event's text names the militia. Stateless and thread-safe.
 */
final class IdentityCues {
    static final String CUES = "/actors/identity-cues.tsv";

    /** One cue: its words on whole words, and the militia class it names. */
    private record Cue(Pattern words, String militia) {
    }

    private final List<Cue> cues;

    IdentityCues() {
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
        String label = a.name().substring(ActorDictionary.UNIDENTIFIED.length());
        return new Actor(militia + label, ActorType.IDENTITY_MILITIA, a.text());
    }
}
