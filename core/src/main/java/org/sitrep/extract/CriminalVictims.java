package org.sitrep.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.MentionDraft;

/**
 * Whether the people an attack harmed belong to the criminal groups ACLED codes as armed actors (gangs,
 * cartels, drug traffickers): the victim's own words say so ("an alleged drug dealer was shot dead"), or one
 * of the next two sentences says it of "the victim" ("The victim had served time for selling cocaine").
 * A gang's killing of a rival is a clash between armed groups in ACLED's codebook, not violence against
 * civilians; a sentence that denies the link ("the victims were not involved") does not count.
 */
final class CriminalVictims {
    private static final int REACH = 2;

    private final Lexicon lex = Lexicon.get();

    boolean of(MentionDraft d) {
        // the victim's words: the target phrase, or the words a toll was read from ("an alleged drug dealer was shot")
        List<String> victim = new java.util.ArrayList<>();
        if (d.actor2() != null && d.actor2().text() != null) {
            victim.add(d.actor2().text());
        }
        d.counts().values().stream().map(org.sitrep.model.Count::text).filter(java.util.Objects::nonNull).forEach(victim::add);
        if (victim.stream().anyMatch(v -> words(v).stream().anyMatch(lex.criminalAffiliation::contains))) {
            return true;
        }
        String text = d.article().text();
        if (text == null || d.sentence().end() >= text.length()) {
            return false;
        }
        String[] after = text.substring(d.sentence().end()).strip().split("(?<=[.!?])\\s+");
        for (int i = 0; i < Math.min(REACH, after.length); i++) {
            List<String> w = words(after[i]);
            boolean aboutVictim = w.stream().anyMatch(lex.victimNouns::contains);
            boolean denied = w.stream().anyMatch(lex.negators::contains);
            if (aboutVictim && !denied && w.stream().anyMatch(lex.criminalAffiliation::contains)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z']+")).filter(s -> !s.isEmpty()).toList();
    }
}
