package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.common.StageClock;

/**
 * The expensive annotators of the sentences the selector chose: time expressions in the windows around time
 * cues ({@link TimesInWindows}), NER (one CRF and CoreNLP's number finder), then the dependency parse. Each
 * writes only into the sentences it is given; the parse, about 40% of the workers' CPU, goes one sentence at a
 * time so that idle cores can take some ({@link SentenceHelpers}). Read-only once loaded.
 */
final class DeepPass {
    private final StanfordCoreNLP ner;
    /** The number finder alone, for the sentences that need no CRF ({@link CrfNeed}); null to run {@link #ner} on all. */
    private final StanfordCoreNLP numbers;
    /** SUTime, run only on the windows around time cues; null when NER runs SUTime itself. */
    private final TimesInWindows timeInWindows;
    /** Null when no parse is wanted (the baseline and the profile's NER steps). */
    private final DependencyParse parse;

    DeepPass(StanfordCoreNLP ner, StanfordCoreNLP numbers, TimesInWindows timeInWindows, DependencyParse parse) {
        this.ner = ner;
        this.numbers = numbers;
        this.timeInWindows = timeInWindows;
        this.parse = parse;
    }

    /** The deep pass over {@code selected}; their parses also on idle {@code helpers} threads, if any. */
    void run(String text, List<CoreMap> selected, StageClock clock, SentenceHelpers helpers) {
        if (selected.isEmpty()) {
            return;
        }
        // times first: the NER step's number rules must see which tokens are times (TimesInWindows)
        List<TimesInWindows.TimeTag> times = timeInWindows == null ? List.of()
                : clock.time("annotate: time expressions (windows)", () -> timeInWindows.find(text, selected));
        // The annotators write into the shared CoreMaps, so sub-documents of the chosen sentences suffice.
        List<CoreMap> withCrf = new ArrayList<>();
        List<CoreMap> numbersOnly = new ArrayList<>();
        for (CoreMap s : selected) {
            (numbers == null || CrfNeed.needs(s) ? withCrf : numbersOnly).add(s);
        }
        if (!withCrf.isEmpty()) {
            clock.run("annotate: ner (deep)", () -> ner.annotate(subDocument(text, withCrf)));
        }
        if (!numbersOnly.isEmpty()) {
            clock.run("annotate: ner (deep, numbers only)", () -> numbers.annotate(subDocument(text, numbersOnly)));
        }
        TimesInWindows.settle(times);
        if (parse != null && helpers.on() && selected.size() > 1) {
            // one sentence at a time, so an idle core can take some: each parse writes only its own sentence
            helpers.forEach(selected, s -> parse.parse(List.of(s), StageClock.NONE));
        } else if (parse != null) {
            parse.parse(selected, clock);
        }
    }

    /** A document of the given sentences of {@code text}, for annotators that read a whole document. */
    static Annotation subDocument(String text, List<CoreMap> sentences) {
        Annotation sub = new Annotation(text);
        sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : sentences) {
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return sub;
    }
}
