package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.common.Tsv;
import org.sitrep.extract.PhraseMatcher;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Whether a demonstration was met by a counter-demonstration: the words of {@code actors/counter-protest-words.tsv} in
 * the event's sentence or in the sentences after it that go on telling it ("Residents protested against the plan. A
 * counter-protest in support of the mayor gathered nearby."). ACLED codes the counter-crowd as actor2, a crowd of the
 * same kind as actor1 ({@link CrowdSides}). Read on the annotated sentences' tokens with the project's one phrase
 * matcher; a clause built from bare text has no tokens and tells none. Stateless and thread-safe.
 */
final class CounterProtests {
    static final String WORDS = "/actors/counter-protest-words.tsv";

    private final PhraseMatcher<Boolean> phrases = new PhraseMatcher<>();

    CounterProtests() {
        for (Tsv.Row r : Tsv.read(WORDS, 1)) {
            phrases.add(r.get(0).toLowerCase(Locale.ROOT).strip(), Boolean.TRUE);
        }
    }

    /** Whether the clause's sentence or one of the annotated sentences after it tells a counter-protest. */
    boolean told(ActorRoles.Clause c) {
        List<Sentence> told = new ArrayList<>();
        told.add(c.annotated());
        told.addAll(c.after());
        for (Sentence s : told) {
            List<String> words = new ArrayList<>(s.tokens().size());
            for (Token t : s.tokens()) {
                words.add(t.word().toLowerCase(Locale.ROOT));
            }
            if (!phrases.find(words, words).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
