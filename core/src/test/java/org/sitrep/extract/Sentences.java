package org.sitrep.extract;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.TestPipeline;

/** Sentences written in the extract tests, annotated by the shared test pipeline and put in context. */
final class Sentences {
    private Sentences() {
    }

    /** The text as one article published on 2 May 2020, annotated. */
    static AnnotatedArticle annotated(String text) {
        var article = new Ingest().readString("unit", text, LocalDate.of(2020, 5, 2)).articles().get(0);
        return TestPipeline.get().annotate(article);
    }

    /** The context of the text's first parsed sentence. */
    static SentenceContext context(String text) {
        Sentence s = annotated(text).sentences().stream().filter(Sentence::deep).findFirst().orElseThrow();
        return of(s);
    }

    /** The context of one annotated sentence. */
    static SentenceContext of(Sentence s) {
        return SentenceContext.of(s, false, Lexicon.get(), new AttributionReader());
    }

    /** The counts the count reader finds in the text's first parsed sentence, by role (the last one of a role kept). */
    static Map<CountRole, Count> counts(String text) {
        Map<CountRole, Count> out = new EnumMap<>(CountRole.class);
        new CountReader().read(context(text), null).forEach(f -> out.put(f.role(), f.count()));
        return out;
    }

    /** A mention's fatalities count, or null. */
    static Count dead(EventMention m) {
        return m.counts().get(CountRole.FATALITIES);
    }
}
