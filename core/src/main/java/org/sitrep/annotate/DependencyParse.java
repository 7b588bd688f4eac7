package org.sitrep.annotate;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.TransposedClassifier;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.sitrep.common.StageClock;

/**
 * CoreNLP's neural dependency parser, giving each sentence only the enhanced++ graph the extract stage
 * reads. CoreNLP's own {@code depparse} annotator converts every parse into five graphs (basic, collapsed,
 * CC-processed, enhanced, enhanced++); the four unused ones were about a fifth of the parse step's time.
 * The parser only reads its model once loaded, so one instance serves many threads, as in CoreNLP.
 */
final class DependencyParse {
    private final DependencyParser parser;

    private DependencyParse(DependencyParser parser) {
        this.parser = parser;
    }

    /** The default English UD model, as CoreNLP's {@code depparse} loads it. */
    static DependencyParse load() {
        DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        // the same network scored in an order the processor can overlap: identical parses, about 3x faster;
        // SITREP_PARSER_SCORING=stock keeps CoreNLP's own scoring, to measure the difference (docs/benchmarks.md)
        if (!"stock".equals(System.getenv("SITREP_PARSER_SCORING"))) {
            TransposedClassifier.install(parser);
        }
        return new DependencyParse(parser);
    }

    /** Parses each sentence (tokens with POS tags) and sets its enhanced++ dependencies. */
    void parse(List<CoreMap> sentences, StageClock clock) {
        for (CoreMap s : sentences) {
            GrammaticalStructure gs = clock.time("annotate: parse (deep): predict", () -> parser.predict(s));
            clock.run("annotate: parse (deep): enhanced++", () -> s.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                    SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                            GrammaticalStructure.Extras.NONE, null)));
        }
    }
}
