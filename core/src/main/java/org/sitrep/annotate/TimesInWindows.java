package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.TypesafeMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The time expressions of the deep sentences, found by SUTime on the windows around time cues only
 * ({@link TimeWindows}) instead of on whole sentences.
 *
 * <p>It works in two steps around the sentences' own NER (CRF and numbers, no time rules).
 * {@link #find} runs SUTime on the windows and marks the tokens it reads as times with their TIMEX before
 * that NER runs: CoreNLP's number normalizer leaves tokens with a TIMEX alone, as it does when SUTime runs
 * on the whole sentence; unmarked, it reads "two days" as a duration and turns every number before it in
 * the sentence into one too ("at least 14 ... in the past two days"). {@link #settle} then gives those
 * tokens SUTime's tag and value, unless the CRF read them as a name, which wins as in CoreNLP's own NER.
 */
final class TimesInWindows {
    /** CoreNLP's NER with the number rules and SUTime and no CRF; read-only once loaded. */
    private final StanfordCoreNLP sutime;

    TimesInWindows(StanfordCoreNLP sutime) {
        this.sutime = sutime;
    }

    /** A token of a sentence and its copy as SUTime tagged it in a window. */
    record TimeTag(CoreLabel token, CoreLabel found) {
    }

    /** Runs SUTime on the windows of the sentences; returns the tokens it read as times, marked with their TIMEX. */
    List<TimeTag> find(String text, List<CoreMap> sentences) {
        List<CoreMap> windows = new ArrayList<>();
        List<List<CoreLabel>> originals = new ArrayList<>();
        List<CoreLabel> allCopies = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
            List<String> words = new ArrayList<>(toks.size());
            toks.forEach(t -> words.add(t.word()));
            for (TimeWindows.Window w : TimeWindows.get().of(words)) {
                List<CoreLabel> original = toks.subList(w.start(), w.end());
                List<CoreLabel> copies = new ArrayList<>(original.size());
                for (CoreLabel t : original) {
                    copies.add(new CoreLabel(t));
                }
                int begin = copies.get(0).beginPosition();
                int end = copies.get(copies.size() - 1).endPosition();
                CoreMap window = new ArrayCoreMap();
                window.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
                window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
                window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
                window.set(CoreAnnotations.TokensAnnotation.class, copies);
                window.set(CoreAnnotations.SentenceIndexAnnotation.class, windows.size());
                window.set(CoreAnnotations.TokenBeginAnnotation.class, allCopies.size());
                window.set(CoreAnnotations.TokenEndAnnotation.class, allCopies.size() + copies.size());
                windows.add(window);
                originals.add(original);
                allCopies.addAll(copies);
            }
        }
        List<TimeTag> found = new ArrayList<>();
        if (windows.isEmpty()) {
            return found;
        }
        Annotation doc = new Annotation(text);
        doc.set(CoreAnnotations.SentencesAnnotation.class, windows);
        doc.set(CoreAnnotations.TokensAnnotation.class, allCopies);
        sutime.annotate(doc);
        for (int w = 0; w < windows.size(); w++) {
            List<CoreLabel> copies = windows.get(w).get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> original = originals.get(w);
            for (int k = 0; k < copies.size(); k++) {
                CoreLabel c = copies.get(k);
                if (isTime(c.ner())) {
                    original.get(k).set(TimeAnnotations.TimexAnnotation.class, c.get(TimeAnnotations.TimexAnnotation.class));
                    found.add(new TimeTag(original.get(k), c));
                }
            }
        }
        return found;
    }

    /**
     * After the sentences' NER: the tokens SUTime read as times take its tag and value, unless the CRF named
     * them; those keep the name and the TIMEX, as when SUTime runs on the whole sentence ("Tuesday, Jan").
     */
    static void settle(List<TimeTag> found) {
        for (TimeTag t : found) {
            CoreLabel to = t.token();
            CoreLabel from = t.found();
            if (isName(to.ner())) {
                continue; // keeps the TIMEX find() put on it, as SUTime on the whole sentence does
            }
            to.setNER(from.ner());
            to.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, from.ner());
            set(to, CoreAnnotations.NormalizedNamedEntityTagAnnotation.class,
                    from.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
            set(to, TimeAnnotations.TimexAnnotation.class, from.get(TimeAnnotations.TimexAnnotation.class));
        }
    }

    private static boolean isName(String ner) {
        return "PERSON".equals(ner) || "LOCATION".equals(ner) || "ORGANIZATION".equals(ner);
    }

    private static boolean isTime(String ner) {
        return "DATE".equals(ner) || "TIME".equals(ner) || "DURATION".equals(ner) || "SET".equals(ner);
    }

    private static <V> void set(CoreLabel t, Class<? extends TypesafeMap.Key<V>> key, V value) {
        if (value == null) {
            t.remove(key);
        } else {
            t.set(key, value);
        }
    }
}
