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
 * reads and writes one sentence at a time, so idle cores can take some of an article's sentences
 * ({@link SentenceHelpers}): runs of them for the time and NER steps, single ones for the parse (about 40% of the
 * workers' CPU). Read-only once loaded.
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

    /**
     * The deep pass over {@code selected}; with {@code helpers} on, idle cores take runs of sentences of the time
     * and NER steps ({@link SentenceParts}) and single sentences of the parse ({@code clock} is then not read).
     */
    void run(String text, List<CoreMap> selected, StageClock clock, SentenceHelpers helpers) {
        if (selected.isEmpty()) {
            return;
        }
        boolean shared = helpers.on();
        helpers.forEach(SentenceParts.of(selected, shared ? SentenceParts.DEEP_TOKENS : Integer.MAX_VALUE),
                part -> timesAndNames(text, selected.subList(part.from(), part.to()), clock));
        if (parse != null && shared && selected.size() > 1) {
            // one sentence at a time, so an idle core can take some: each parse writes only its own sentence
            helpers.forEach(selected, s -> parse.parse(List.of(s), StageClock.NONE));
        } else if (parse != null) {
            parse.parse(selected, clock);
        }
    }

    /** Time expressions and NER of some sentences: both read and write one sentence at a time. */
    private void timesAndNames(String text, List<CoreMap> sentences, StageClock clock) {
        // times first: the NER step's number rules must see which tokens are times (TimesInWindows)
        List<TimesInWindows.TimeTag> times = timeInWindows == null ? List.of()
                : clock.time("annotate: time expressions (windows)", () -> timeInWindows.find(text, sentences));
        // The annotators write into the shared CoreMaps, so sub-documents of the chosen sentences suffice.
        List<CoreMap> withCrf = new ArrayList<>();
        List<CoreMap> numbersOnly = new ArrayList<>();
        for (CoreMap s : sentences) {
            (numbers == null || CrfNeed.needs(s) ? withCrf : numbersOnly).add(s);
        }
        if (!withCrf.isEmpty()) {
            clock.run("annotate: ner (deep)", () -> ner.annotate(subDocument(text, withCrf)));
        }
        if (!numbersOnly.isEmpty()) {
            clock.run("annotate: ner (deep, numbers only)", () -> numbers.annotate(subDocument(text, numbersOnly)));
        }
        TimesInWindows.settle(times);
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
