package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Frame;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;
import org.sitrep.model.Status;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceContext;

/** Drafts and place contexts built by hand for the place-resolution tests, as the pipeline would build them. */
final class PlaceFixtures {
    private PlaceFixtures() {
    }

    /** A context as {@code PlaceResolver.context} builds it from an article's place spans. */
    static PlaceContext contextOf(PlaceResolver resolver, Set<String> countries, String... names) {
        Map<String, List<Place>> candidates = new LinkedHashMap<>();
        for (String n : names) {
            List<Place> c = resolver.candidates(n, countries);
            candidates.put(Gazetteer.fold(n), c.subList(0, Math.min(PlaceContext.SUPPORTERS, c.size())));
        }
        return new PlaceContext(countries, candidates, null);
    }

    /** An attack draft of one sentence whose place spans are the given words, in text order. */
    static MentionDraft draft(String text, String... places) {
        Sentence sentence = org.sitrep.resolve.place.Tokenized.sentence(text); // the span readers read its tokens
        List<PlaceRef> refs = new ArrayList<>();
        for (String p : places) {
            int at = text.indexOf(p);
            refs.add(new PlaceRef(p, at, at + p.length(), PlaceRef.Role.LOCATION, false));
        }
        return new MentionDraft(null, sentence, Frame.ATTACK, null, Status.OCCURRED, false, List.of(), refs, null, null,
                Map.of(), List.of(), "shelled", 0, false);
    }

    /** As {@link #draft}, a name written twice taking its next occurrence each time it is given again. */
    static MentionDraft draftOfRepeatedNames(String text, String... places) {
        Sentence sentence = org.sitrep.resolve.place.Tokenized.sentence(text);
        List<PlaceRef> refs = new ArrayList<>();
        Map<String, Integer> from = new LinkedHashMap<>();
        for (String p : places) {
            int at = text.indexOf(p, from.getOrDefault(p, 0));
            from.put(p, at + p.length());
            refs.add(new PlaceRef(p, at, at + p.length(), PlaceRef.Role.LOCATION, false));
        }
        return new MentionDraft(null, sentence, Frame.ATTACK, null, Status.OCCURRED, false, List.of(), refs, null, null,
                Map.of(), List.of(), "shelled", 0, false);
    }

    /** The place the resolver chooses for a one-sentence attack draft whose place spans are the given words. */
    static Place located(PlaceResolver resolver, String text, String... places) {
        MentionDraft d = draft(text, places);
        PlaceContext context = resolver.context(List.of(d), List.of(d.sentence()));
        return resolver.choose(d, false, context, null).location();
    }
}
