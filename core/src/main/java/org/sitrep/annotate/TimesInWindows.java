package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.TypesafeMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The time expressions of the deep sentences, found on the windows around time cues only
 * ({@link TimeWindows}) instead of on whole sentences: by {@link DateReader} on the windows it can read
 * (most of a news report's dates: "On 3 May 2020", "on Monday", "yesterday"), by SUTime on the others.
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

    /**
     * Reads the times of the windows of the sentences, by {@link DateReader} where it can and by SUTime on the
     * other windows; returns the tokens read as times, marked with their TIMEX.
     */
    List<TimeTag> find(String text, List<CoreMap> sentences) {
        List<TimeTag> found = new ArrayList<>();
        List<List<CoreLabel>> forSutime = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
            List<String> words = new ArrayList<>(toks.size());
            toks.forEach(t -> words.add(t.word()));
            for (TimeWindows.Window w : TimeWindows.get().of(words)) {
                List<CoreLabel> window = toks.subList(w.start(), w.end());
                if (!byReader(text, window, found)) {
                    forSutime.add(window);
                }
            }
        }
        found.addAll(bySutime(text, forSutime));
        return found;
    }

    /**
     * Reads the dates of one window without SUTime if {@link DateReader} can, marking the tokens as SUTime marks
     * those it reads: a TIMEX on the token now, and a tagged copy for {@link #settle}. Windows never touch,
     * so a TIMEX id unique within the window keeps each date apart as SUTime's own ids do.
     *
     * @return whether the window was read
     */
    static boolean byReader(String text, List<CoreLabel> window, List<TimeTag> found) {
        List<String> words = new ArrayList<>(window.size());
        List<String> tags = new ArrayList<>(window.size());
        for (CoreLabel t : window) {
            words.add(t.word());
            tags.add(t.tag());
        }
        Optional<List<ReadDate>> read = DateReader.get().read(words, tags);
        if (read.isEmpty()) {
            return false;
        }
        int id = 0;
        for (ReadDate d : read.get()) {
            String span = text.substring(window.get(d.start()).beginPosition(), window.get(d.end() - 1).endPosition());
            Timex timex = new Timex(ReadDate.TYPE, d.value(), d.altVal(), "r" + (++id), span, -1, -1);
            for (int k = d.start(); k < d.end(); k++) {
                CoreLabel token = window.get(k);
                token.set(TimeAnnotations.TimexAnnotation.class, timex);
                CoreLabel tagged = new CoreLabel(token);
                tagged.setNER(ReadDate.TYPE);
                tagged.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, ReadDate.TYPE);
                set(tagged, CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, d.normalized());
                found.add(new TimeTag(token, tagged));
            }
        }
        return true;
    }

    /** Runs SUTime on the windows (runs of a sentence's tokens); returns the tokens it read as times, marked with their TIMEX. */
    List<TimeTag> bySutime(String text, List<List<CoreLabel>> originals) {
        List<TimeTag> found = new ArrayList<>();
        if (originals.isEmpty()) {
            return found;
        }
        List<CoreMap> windows = new ArrayList<>();
        List<CoreLabel> allCopies = new ArrayList<>();
        for (List<CoreLabel> original : originals) {
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
            allCopies.addAll(copies);
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
