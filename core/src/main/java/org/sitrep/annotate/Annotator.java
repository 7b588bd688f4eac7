package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.common.StageClock;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * The annotate stage: Stanford CoreNLP in two passes.
 *
 * <p>The cheap pass (tokenize, ssplit, pos, lemma) runs on every sentence. The expensive pass runs only on
 * the sentences the {@link SentenceSelector} asks for: time expressions only in a few words around each time
 * cue, read by a date reader for the common dates and by SUTime for the rest ({@link TimesInWindows}; SUTime
 * over whole sentences was 40% of the pipeline's time), NER with one CRF and
 * CoreNLP's number finder, then the neural dependency parser. CoreNLP's types stay inside this class: the output
 * is plain records.
 *
 * <p>SUTime gets no document date on purpose: it resolves weekdays forward ("Sunday" in an article
 * of Thursday 2018-03-22 becomes 2018-03-25), while news reports the past. Anchoring happens in the
 * resolve stage, against the publication date, from the unanchored TIMEX values kept here.
 */
public final class Annotator {
    private final StanfordCoreNLP splitByLine;
    private final StanfordCoreNLP splitByParagraph;
    private final PosTagger pos;
    private final StanfordCoreNLP lemma;
    private final DeepPass deep;
    private final long loadMillis;

    /** SUTime's definitions file alone: no time rules, so SUTime runs only CoreNLP's number finder. */
    private static final String NUMBERS_ONLY_RULES = "edu/stanford/nlp/models/sutime/defs.sutime.txt";

    /** Which models the deep pass's NER step runs; the profile times the others to split NER's cost. */
    public enum Ner {
        /** CoreNLP's stock three CRFs, numbers and SUTime: the bare baseline's NER. */
        STOCK,
        /** One CRF, numbers and SUTime. */
        CRF_NUMBERS_TIME,
        /** One CRF and numbers, no time rules (the default deep pass, with SUTime in windows around time cues). */
        CRF_NUMBERS,
        /** Numbers and SUTime, no CRF. */
        NUMBERS_TIME,
        /** Numbers alone: no CRF and no time rules. */
        NUMBERS
    }

    private Annotator(Ner nerModels, boolean timeWindows, boolean withParse) {
        long t0 = System.nanoTime();
        splitByLine = lineSplitter();
        splitByParagraph = pipeline("tokenize,ssplit", "ssplit.newlineIsSentenceBreak", "two");
        // CoreNLP's tagger scored through MemoizedTagger: its own tags at under half the cost (docs/benchmarks.md);
        // the bare baseline keeps CoreNLP's annotator, and so does SITREP_POS_SCORING=stock, to measure the difference
        pos = nerModels == Ner.STOCK || "stock".equals(System.getenv("SITREP_POS_SCORING"))
                ? PosTagger.stock() : PosTagger.memoized();
        lemma = pipeline("lemma");
        // the CRF only where a reader needs its names (CrfNeed); SITREP_CRF=all runs it on every deep sentence, to measure
        boolean crfWhereNeeded = nerModels == Ner.CRF_NUMBERS && !"all".equals(System.getenv("SITREP_CRF"));
        deep = new DeepPass(nerModels == Ner.STOCK ? baselineNer() : nerPipeline(nerModels),
                crfWhereNeeded ? nerPipeline(Ner.NUMBERS) : null,
                timeWindows ? timesInWindows() : null, withParse ? DependencyParse.load() : null);
        loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /** The date reader and SUTime (numbers and time rules, no CRF) for the windows around time cues. */
    static TimesInWindows timesInWindows() {
        return new TimesInWindows(nerPipeline(Ner.NUMBERS_TIME));
    }

    /** The cheap pass's tokenizer, sentence splitter, POS tagger and lemmatizer, for tests of the annotators after it. */
    static StanfordCoreNLP cheapPass() {
        return pipeline("tokenize,ssplit,pos,lemma", "ssplit.newlineIsSentenceBreak", "always");
    }

    /** CoreNLP's stock NER (three CRFs, SUTime, numbers), coarse tags: the baseline Sitrep is measured against. */
    private static StanfordCoreNLP baselineNer() {
        Properties p = new Properties();
        p.setProperty("annotators", "ner");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("ner.applyFineGrained", "false");
        return new StanfordCoreNLP(p, false);
    }

    private static StanfordCoreNLP nerPipeline(Ner models) {
        // One CRF instead of CoreNLP's three: places and groups come from the gazetteer and dictionaries,
        // dates and numbers from SUTime and the numeric classifiers, which still run.
        boolean withCrf = models == Ner.CRF_NUMBERS_TIME || models == Ner.CRF_NUMBERS;
        boolean withTime = models == Ner.CRF_NUMBERS_TIME || models == Ner.NUMBERS_TIME;
        String crf = withCrf ? "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz" : "";
        if (!withTime) {
            // CoreNLP finds numbers two ways: by POS tag alone when SUTime is off, or through SUTime's
            // number finder ("Eleven" opening a sentence, "twenty seven", "three dozen", "first") when it
            // is on. SUTime with its definitions and no time rules gives that number finder at almost no cost.
            return pipeline("ner", "ner.model", crf, "ner.useSUTime", "true", "sutime.rules", NUMBERS_ONLY_RULES);
        }
        return pipeline("ner", "ner.model", crf, "ner.useSUTime", "true");
    }

    /**
     * Loads the models (several seconds). Once loaded, an instance may be shared by threads: each call
     * builds its own {@code Annotation}, and CoreNLP's annotators only read their models (CoreNLP's own
     * parallel annotate shares them the same way). The Spark job shares one per executor.
     */
    public static Annotator load() {
        // One CRF and the number rules on the deep sentences; SUTime only around time cues (docs/decisions.md
        // has the figures, and why the CRF stays). SITREP_PARSE=off drops the parse, only to measure what it buys:
        // every dev set loses (docs/benchmarks.md, sixth round).
        return new Annotator(Ner.CRF_NUMBERS, true, !"off".equals(System.getenv("SITREP_PARSE")));
    }

    /** The bare CoreNLP tokenize, ssplit, pos, lemma, ner pipeline with stock models: the speed baseline. */
    public static Annotator loadBaseline() {
        return new Annotator(Ner.STOCK, false, false);
    }

    /** An annotator whose deep pass runs only the given NER models and no parse: for the profile. */
    public static Annotator loadNerOnly(Ner models) {
        return new Annotator(models, false, false);
    }

    public long loadMillis() {
        return loadMillis;
    }

    /** CoreNLP's tokenizer and sentence splitter as the annotator runs them, a sentence break at every line end. */
    public static StanfordCoreNLP lineSplitter() {
        return pipeline("tokenize,ssplit", "ssplit.newlineIsSentenceBreak", "always");
    }

    private static StanfordCoreNLP pipeline(String annotators, String... kv) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("enforceRequirements", "false");
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        // Coarse NER only: fine-grained NER halves throughput and places come from the gazetteer anyway.
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        // CoreNLP's CRF otherwise adds the lower-case words of every text it tags to its known words, so an
        // article's names depended on the articles tagged before it (and threads raced on that set).
        p.setProperty("ner.maxAdditionalKnownLCWords", "0");
        for (int i = 0; i + 1 < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return new StanfordCoreNLP(p, false);
    }

    public AnnotatedArticle annotate(Article article, SentenceSelector selector) {
        return annotate(article, selector, StageClock.NONE);
    }

    /** As {@link #annotate(Article, SentenceSelector)}, adding each step's time to {@code clock}. */
    public AnnotatedArticle annotate(Article article, SentenceSelector selector, StageClock clock) {
        return annotate(article, selector, clock, SentenceHelpers.NONE);
    }

    /**
     * As {@link #annotate(Article, SentenceSelector, StageClock)}, with idle threads of {@code helpers}, if any,
     * annotating parts of the article as well (then without timing: the profile runs on one thread). The result
     * is the same either way: every annotator after the sentence splitter reads and writes one sentence at a time.
     */
    public AnnotatedArticle annotate(Article article, SentenceSelector selector, StageClock clock, SentenceHelpers helpers) {
        String text = article.text();
        Annotation doc = new Annotation(text);
        clock.run("annotate: tokenize, ssplit", () -> (LineBreaks.hardWrapped(text) ? splitByParagraph : splitByLine).annotate(doc));
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        boolean shared = helpers.on();
        StageClock partClock = shared ? StageClock.NONE : clock;
        boolean[] isDeep = new boolean[sentences.size()];
        // the cheap pass in runs of sentences that idle cores may take; the whole article at once on one thread
        helpers.forEach(SentenceParts.of(sentences, shared ? SentenceParts.CHEAP_TOKENS : Integer.MAX_VALUE), part -> {
            Annotation sub = DeepPass.subDocument(text, sentences.subList(part.from(), part.to()));
            partClock.run("annotate: pos", () -> {
                pos.annotate(sub);
                // a group's acronym spelt like a verb ("IS") is a name, before the lemmatiser and the parse read it
                for (CoreMap s : sub.get(CoreAnnotations.SentencesAnnotation.class)) {
                    AcronymTags.retag(s.get(CoreAnnotations.TokensAnnotation.class));
                }
            });
            partClock.run("annotate: lemma", () -> lemma.annotate(sub));
            for (int i = part.from(); i < part.to(); i++) {
                isDeep[i] = selected(sentences.get(i), selector);
            }
        });
        List<CoreMap> selected = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (isDeep[i]) {
                selected.add(sentences.get(i));
            }
        }
        deep.run(text, selected, partClock, helpers);

        return clock.time("annotate: to records", () -> {
            List<Sentence> out = new ArrayList<>(sentences.size());
            for (int i = 0; i < sentences.size(); i++) {
                out.add(toSentence(i, sentences.get(i), text, isDeep[i]));
            }
            return new AnnotatedArticle(article, out);
        });
    }

    /** Whether the selector asks for the deep pass on a sentence with POS tags and lemmas. */
    private static boolean selected(CoreMap sentence, SentenceSelector selector) {
        List<CoreLabel> toks = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<String> words = new ArrayList<>(toks.size());
        List<String> lemmas = new ArrayList<>(toks.size());
        for (CoreLabel t : toks) {
            words.add(t.word().toLowerCase());
            lemmas.add(t.lemma() == null ? t.word().toLowerCase() : t.lemma().toLowerCase());
        }
        return selector.needsDeep(words, lemmas);
    }

    private static Sentence toSentence(int index, CoreMap s, String text, boolean deep) {
        List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
        int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        List<Token> tokens = new ArrayList<>(toks.size());
        List<TimeExpression> times = new ArrayList<>();
        Timex open = null;
        int openStart = -1;
        for (int i = 0; i < toks.size(); i++) {
            CoreLabel t = toks.get(i);
            String ner = deep ? t.ner() : null;
            String norm = deep ? t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class) : null;
            tokens.add(new Token(i, t.word(), t.beginPosition(), t.endPosition(), t.tag(), lemma(t), ner, norm));
            Timex tx = deep ? t.get(TimeAnnotations.TimexAnnotation.class) : null;
            if (open != null && (tx == null || !tx.tid().equals(open.tid()))) {
                addTime(times, timeExpression(open, openStart, i - 1, toks, text));
                open = null;
            }
            if (tx != null && open == null) {
                open = tx;
                openStart = i;
            }
        }
        if (open != null) {
            addTime(times, timeExpression(open, openStart, toks.size() - 1, toks, text));
        }
        List<Dependency> deps = new ArrayList<>();
        SemanticGraph g = deep ? s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class) : null;
        if (g != null) {
            for (var root : g.getRoots()) {
                deps.add(new Dependency(-1, root.index() - 1, "root"));
            }
            for (SemanticGraphEdge e : g.edgeIterable()) {
                deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                        e.getRelation().toString()));
            }
        }
        return new Sentence(index, begin, end, text.substring(begin, end), tokens, deps, times, deep);
    }

    private static void addTime(List<TimeExpression> times, TimeExpression t) {
        if (!lowerCaseMonth(t.text())) {
            times.add(t);
        }
    }

    /** SUTime reads the lower-case nouns "march" and "may" as months; only a capitalized month is a date. */
    private static boolean lowerCaseMonth(String words) {
        return words.equals("march") || words.equals("may");
    }

    /**
     * Capitalized words tagged as proper nouns keep their case in CoreNLP's lemma, so a headline's or
     * sentence's first "Rockets" would not match "rocket". Their lower-cased common-noun lemma is used.
     */
    private static String lemma(CoreLabel t) {
        String tag = t.tag();
        if (tag != null && tag.startsWith("NNP")) {
            return Morphology.lemmaStatic(t.word().toLowerCase(), tag.equals("NNPS") ? "NNS" : "NN");
        }
        return t.lemma();
    }

    private static TimeExpression timeExpression(Timex tx, int first, int last, List<CoreLabel> toks, String text) {
        String words = text.substring(toks.get(first).beginPosition(), toks.get(last).endPosition());
        String value = tx.value() != null ? tx.value() : tx.altVal();
        return new TimeExpression(first, last, words, tx.timexType(), value);
    }
}
