package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;
import org.sitrep.model.Account;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Source;

/** Reads the scope of a reported figure from its words and its sentence (lexicon/count-scopes.tsv). */
final class CountScopes {
    private enum Cue { SUBGROUP, PERPETRATORS, BATCH, CUMULATIVE, UPDATE }

    private final Map<Cue, Pattern> inCount = new EnumMap<>(Cue.class);
    private final Map<Cue, Pattern> inSentence = new EnumMap<>(Cue.class);

    CountScopes() {
        Map<Cue, List<String>> count = new EnumMap<>(Cue.class);
        Map<Cue, List<String>> sentence = new EnumMap<>(Cue.class);
        for (Tsv.Row r : Tsv.read("/lexicon/count-scopes.tsv", 3)) {
            Cue cue = Cue.valueOf(r.get(1).toUpperCase(Locale.ROOT));
            Map<Cue, List<String>> where = switch (r.get(2)) {
                case "count" -> count;
                case "sentence" -> sentence;
                default -> throw new IllegalArgumentException("count-scopes.tsv line " + r.line() + ": where is count or sentence");
            };
            where.computeIfAbsent(cue, k -> new ArrayList<>()).add(Pattern.quote(r.get(0)));
        }
        count.forEach((cue, words) -> inCount.put(cue, alternation(words)));
        sentence.forEach((cue, words) -> inSentence.put(cue, alternation(words)));
    }

    private static Pattern alternation(List<String> words) {
        return Pattern.compile("(?i)\\b(?:" + String.join("|", words) + ")\\b");
    }

    ScopedCount of(Account a, CountRole key, Count c, boolean direct) {
        String words = c.text() == null ? "" : c.text();
        String sentence = sentenceOf(a, words);
        boolean update = found(inSentence, Cue.UPDATE, sentence);
        CountScope scope;
        if (found(inCount, Cue.PERPETRATORS, words)) {
            scope = CountScope.PERPETRATORS;
        } else if (found(inCount, Cue.SUBGROUP, words)) {
            scope = CountScope.SUBGROUP;
        } else if (!update && found(inSentence, Cue.CUMULATIVE, sentence)) {
            scope = CountScope.CUMULATIVE;
        } else if (!update && found(inSentence, Cue.BATCH, sentence)) {
            scope = CountScope.BATCH;
        } else {
            scope = CountScope.EVENT;
        }
        return new ScopedCount(a, key, c, scope, update && scope == CountScope.EVENT, direct);
    }

    private static boolean found(Map<Cue, Pattern> cues, Cue cue, String text) {
        Pattern p = cues.get(cue);
        return p != null && p.matcher(text).find();
    }

    /** The evidence sentence holding the count's words, or "" when none does. */
    private static String sentenceOf(Account a, String words) {
        if (words.isEmpty()) {
            return "";
        }
        for (Source s : a.sentences()) {
            if (s.sentence() != null && s.sentence().contains(words)) {
                return s.sentence();
            }
        }
        return "";
    }
}
