package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;
import org.sitrep.model.Actor;

/**
 * The author of an attack a side fended off: "troops repelled an attack by militants", "repelled an IS attack" - the
 * attackers started the fight, so they are actor1 though the defenders are the sentence's subject. Stateless and
 * thread-safe.
 */
final class RepelledAttack {
    static final String DEFENCE_WORDS = "/actors/defence-words.tsv";
    static final String ATTACK_NOUNS = "/actors/attack-nouns.tsv";

    private final Set<String> defenceWords;
    /** "repelled an " before the author of an attack named before its noun ("repelled an IS attack"). */
    private final Pattern defenceBefore;
    /** "repelled an attack by ": the defence word (group 1) and an attack noun before the agent. */
    private final Pattern attackBy;
    /** " attack": an attack noun right after the author ("an IS attack", "the militants' assault"). */
    private final Pattern attackAfter;

    RepelledAttack() {
        this.defenceWords = Tsv.words(DEFENCE_WORDS);
        List<String> nouns = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(ATTACK_NOUNS, 1)) {
            nouns.add(Pattern.quote(r.get(0).toLowerCase()));
        }
        this.attackAfter = Pattern.compile("(?i)^(?:'s?)?\\s+(?:" + String.join("|", nouns) + ")\\b");
        // a determiner of the noun phrase (TargetCues.DETERMINERS), alone or with one word ("a fierce attack by")
        String determiner = "(?:" + TargetCues.determiners() + ")";
        this.defenceBefore = Pattern.compile("(?i)\\b(\\p{L}+)\\s+" + determiner + "\\s+$");
        this.attackBy = Pattern.compile("(?i)\\b(\\p{L}+)\\s+(?:" + determiner + "(?:\\s+[\\p{L}-]+)?\\s+)?(?:"
                + String.join("|", nouns) + ")\\s+(?:by|of|from|launched by)\\s+$");
    }

    /** The actor after "repelled an attack by", or between "repelled an" and "attack", or null. */
    Actor attacker(String sentence, List<ActorMatch> found) {
        for (ActorMatch m : found) {
            String before = sentence.substring(Math.max(0, m.start() - 60), m.start());
            Matcher k = attackBy.matcher(before);
            if (k.find() && defenceWords.contains(k.group(1).toLowerCase())) {
                return m.actor();
            }
            Matcher d = defenceBefore.matcher(before);
            if (d.find() && defenceWords.contains(d.group(1).toLowerCase())
                    && attackAfter.matcher(sentence.substring(m.end())).find()) {
                return m.actor();
            }
        }
        return null;
    }
}
