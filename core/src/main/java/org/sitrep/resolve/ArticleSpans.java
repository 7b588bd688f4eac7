package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.PlaceSpotter;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;
import org.sitrep.resolve.place.PlaceSpans;

/**
 * The place spans of a whole article, as the place context reads them: those of every sentence (with an event or not),
 * then the drafts' own; not a country before a currency's name ("the US dollar"). Each span is also written down as the
 * article spells it, marked when it is the container of the span before it ({@link RegionSpelling}), and those that
 * name a landmark ("the Reserve Bank", "the Unity bank": {@link PlaceSpans#landmark}) are set apart.
 *
 * @param spans     the spans, sentences first, then the drafts'
 * @param written   each span as written, for the region spellings of the article
 * @param landmarks the spans that name a building, site or street rather than a settlement
 * @param sentences each sentence's own spans (with an event or not), in text order
 */
record ArticleSpans(List<PlaceRef> spans, List<RegionSpelling.Written> written, Set<PlaceRef> landmarks,
                    List<InSentence> sentences) {
    private static final PlaceSpotter SPOTTER = new PlaceSpotter();

    /** The place spans one sentence writes. */
    record InSentence(Sentence sentence, List<PlaceRef> spans) {
        InSentence {
            spans = List.copyOf(spans);
        }
    }

    ArticleSpans {
        spans = List.copyOf(spans);
        written = List.copyOf(written);
        landmarks = Set.copyOf(landmarks);
        sentences = List.copyOf(sentences);
    }

    static ArticleSpans of(List<MentionDraft> drafts, List<Sentence> sentences) {
        List<PlaceRef> spans = new ArrayList<>();
        List<RegionSpelling.Written> written = new ArrayList<>();
        Set<PlaceRef> landmarks = new HashSet<>();
        List<InSentence> bySentence = new ArrayList<>();
        for (Sentence s : sentences) {
            List<PlaceRef> found = placesOnly(SPOTTER.spot(s, Set.of()), s);
            add(found, s, spans, written, landmarks);
            bySentence.add(new InSentence(s, found));
        }
        for (MentionDraft d : drafts) {
            add(placesOnly(d.places(), d.sentence()), d.sentence(), spans, written, landmarks);
        }
        return new ArticleSpans(spans, written, landmarks, bySentence);
    }

    private static void add(List<PlaceRef> found, Sentence s, List<PlaceRef> spans, List<RegionSpelling.Written> written,
                            Set<PlaceRef> landmarks) {
        spans.addAll(found);
        List<PlaceRef> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingInt(PlaceRef::start));
        for (PlaceRef r : ordered) {
            written.add(new RegionSpelling.Written(r.text(), r.start(),
                    PlaceSpans.isContainer(r, s, ordered)));
            if (PlaceSpans.landmark(r, s)) {
                landmarks.add(r);
            }
        }
    }

    /** The spans that may name places: not a country before a currency ("the US dollar"). */
    private static List<PlaceRef> placesOnly(List<PlaceRef> spans, Sentence s) {
        return spans.stream().filter(r -> !PlaceSpans.beforeCurrency(r, s)).toList();
    }
}
