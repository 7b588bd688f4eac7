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
 * The named group that claimed an attack or to which the report attributes it ({@code claim-words.tsv}): "An IED hit a
 * convoy. The Front claimed responsibility.", "The mine was planted by Front fighters.", "a Front-planted
 * mine". ACLED codes the claimant as actor1 when the report names no other. Stateless and thread-safe.
 */
final class ClaimedAttacks {
    static final String CLAIM_WORDS = "/actors/claim-words.tsv";

    private final ActorDictionary dictionary;
    /** Words right before the group ("planted by "), at most one determiner or qualifier between. */
    private final Pattern before;
    /** Words after the group, at most two words between ("militants later claimed responsibility"). */
    private final Pattern after;
    /** A name joined by a hyphen to a participle ("Front-planted"), the name in group 1. */
    private final Pattern joined;

    ClaimedAttacks(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        List<String> b = new ArrayList<>();
        List<String> a = new ArrayList<>();
        List<String> j = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(CLAIM_WORDS, 2)) {
            String words = Pattern.quote(r.get(0).toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q");
            switch (r.get(1)) {
                case "before" -> b.add(words);
                case "after" -> a.add(words);
                case "joined" -> j.add(words);
                default -> throw new IllegalStateException(CLAIM_WORDS + ":" + r.line() + ": unknown place '" + r.get(1) + "'");
            }
        }
        this.before = Pattern.compile("(?i)(?<![\\p{L}])(?:" + String.join("|", b) + ")\\s+(?:the\\s+)?$");
        this.after = Pattern.compile("(?i)^\\s+(?:\\p{L}+\\s+){0,2}?(?:" + String.join("|", a) + ")(?![\\p{L}])");
        this.joined = Pattern.compile("(?<![\\p{L}-])(\\p{L}[\\p{L}.]*(?:\\s\\p{Lu}\\p{L}*)?)[-‐‑](?i:" + String.join("|", j)
                + ")(?![\\p{L}])");
    }

    /** The named non-state armed group the text says claimed or carried out the attack, or null. */
    Actor claimant(String text, String hint) {
        for (ActorMatch m : dictionary.find(text, hint)) {
            if (!claimable(m)) {
                continue;
            }
            String b = text.substring(Math.max(0, m.start() - 40), m.start());
            String a = text.substring(m.end(), Math.min(text.length(), m.end() + 80));
            if (before.matcher(b).find() || after.matcher(a).find()) {
                return m.actor();
            }
        }
        Matcher j = joined.matcher(text);
        while (j.find()) {
            for (ActorMatch m : dictionary.find(j.group(1), hint)) {
                if (m.end() == j.group(1).length() && claimable(m)) {
                    return m.actor();
                }
            }
        }
        return null;
    }

    /** A named armed group that is not a state's: a state force's word ("the army claimed") is no claim of an attack. */
    private static boolean claimable(ActorMatch m) {
        ActorType t = m.actor().type();
        return !m.generic() && t != null && t.armed() && t != ActorType.STATE_FORCES && t != ActorType.FOREIGN_STATE
                && t != ActorType.EXTERNAL_FORCES;
    }

    /** Whether {@code a} is no side at all or an armed group the report does not name. */
    static boolean unnamed(Actor a) {
        return a == null || a.name().startsWith(ActorDictionary.UNIDENTIFIED);
    }
}
