package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.tagger.maxent.MemoizedTagger;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * The cheap pass's part-of-speech step: CoreNLP's english-left3words tagger on every sentence, scored through
 * {@link MemoizedTagger}, which gives CoreNLP's own tags at a fraction of its cost (docs/benchmarks.md, twelfth
 * session). {@link #stock} is CoreNLP's annotator itself: the bare baseline's tagger, and what
 * {@code SITREP_POS_SCORING=stock} keeps, to measure the difference. Both read one loaded model, so a process
 * that holds both pipelines (the bench) holds the model once. Shared by threads: the model and the scorer are
 * only read, and each sentence is scored on its own objects.
 */
final class PosTagger {
    private final MemoizedTagger memoized;
    private final edu.stanford.nlp.pipeline.Annotator stock;

    private PosTagger(MemoizedTagger memoized, edu.stanford.nlp.pipeline.Annotator stock) {
        this.memoized = memoized;
        this.stock = stock;
    }

    /**
     * CoreNLP's default model (the one its annotator loads), scored through {@link MemoizedTagger}: one per process,
     * loaded on first use, as CoreNLP's annotator pool shares its tagger between pipelines.
     */
    static PosTagger memoized() {
        return Memoized.TAGGER;
    }

    /**
     * CoreNLP's own part-of-speech annotator on the same loaded model: {@code new POSTaggerAnnotator(model)} is
     * the annotator CoreNLP's pool builds for {@code annotators=pos} with no {@code pos.*} or {@code nthreads}
     * property (the default model through {@code new MaxentTagger(path)}, no length limit, one thread, tags not
     * reused), without a second copy of the model.
     */
    static PosTagger stock() {
        return new PosTagger(null, new POSTaggerAnnotator(Model.TAGGER));
    }

    /** The default model, loaded once per process on first use. */
    private static final class Model {
        static final MaxentTagger TAGGER = new MaxentTagger(DefaultPaths.DEFAULT_POS_MODEL);
    }

    private static final class Memoized {
        static final PosTagger TAGGER = new PosTagger(MemoizedTagger.of(Model.TAGGER), null);
    }

    /** Sets the tag of every token of the document's sentences, as CoreNLP's annotator does. */
    void annotate(Annotation doc) {
        if (stock != null) {
            stock.annotate(doc);
            return;
        }
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            String[] tags = memoized.tags(tokens);
            for (int i = 0; i < tokens.size(); i++) {
                tokens.get(i).set(CoreAnnotations.PartOfSpeechAnnotation.class, tags[i]);
            }
        }
    }
}
