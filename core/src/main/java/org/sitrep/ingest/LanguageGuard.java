package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.sitrep.common.Tsv;

/**
 * Rejects articles that are not in English, using OpenNLP's language detector and the
 * {@code langdetect-183.bin} model shipped in {@code opennlp-models-langdetect}.
 *
 * <p>The detector's confidences are spread over 103 languages, so they are small numbers (a clear
 * French paragraph scores about 0.2, a short English sentence about 0.03) and it often confuses short
 * English headlines with Afrikaans, Volapük or Waray. A text is therefore rejected only when all of
 * these hold: the best language is not English, its confidence is at least {@link #MIN_CONFIDENCE},
 * it beats English by a factor of at least {@link #MIN_RATIO_OVER_ENGLISH}, and English function words
 * make up less than {@link #ENGLISH_FUNCTION_WORD_SHARE} of the words.
 */
final class LanguageGuard {
    static final String MODEL_RESOURCE = "/langdetect-183.bin";
    static final String ENGLISH = "eng";
    static final double MIN_CONFIDENCE = 0.05;
    static final double MIN_RATIO_OVER_ENGLISH = 2.0;
    static final double ENGLISH_FUNCTION_WORD_SHARE = 0.15;
    /** The detector reads at most this many characters; the start of an article is enough. */
    static final int MAX_DETECT_CHARS = 10_000;

    private static final Set<String> ENGLISH_FUNCTION_WORDS = Tsv.words("/lexicon/english-function-words.tsv");

    private LanguageGuard() {
    }

    /** Loaded on first use, once per JVM (the model is about 10 MB and immutable). */
    private static final class ModelHolder {
        static final LanguageDetectorModel MODEL = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageGuard.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + MODEL_RESOURCE
                            + " not on the classpath (dependency org.apache.opennlp:opennlp-models-langdetect)");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load language model " + MODEL_RESOURCE, e);
            }
        }
    }

    /** Throws when the text is, with reasonable confidence, not English. */
    static void requireEnglish(String text) throws RejectedInput {
        String sample = text.length() > MAX_DETECT_CHARS ? text.substring(0, MAX_DETECT_CHARS) : text;
        // LanguageDetectorME is cheap to create; one per call keeps this thread-safe.
        Language[] ranked = new LanguageDetectorME(ModelHolder.MODEL).predictLanguages(sample);
        if (ranked.length == 0) {
            return;
        }
        Language best = ranked[0];
        if (ENGLISH.equals(best.getLang()) || best.getConfidence() < MIN_CONFIDENCE) {
            return;
        }
        double english = 0;
        for (Language l : ranked) {
            if (ENGLISH.equals(l.getLang())) {
                english = l.getConfidence();
                break;
            }
        }
        if (best.getConfidence() < english * MIN_RATIO_OVER_ENGLISH) {
            return;
        }
        if (englishFunctionWordShare(sample) >= ENGLISH_FUNCTION_WORD_SHARE) {
            return;
        }
        throw new RejectedInput(String.format(Locale.ROOT,
                "text is not English (detected language: %s, confidence %.2f; English %.2f)",
                best.getLang(), best.getConfidence(), english));
    }

    static double englishFunctionWordShare(String text) {
        int words = 0;
        int function = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (ENGLISH_FUNCTION_WORDS.contains(w)) {
                function++;
            }
        }
        return words == 0 ? 0 : function / (double) words;
    }
}
