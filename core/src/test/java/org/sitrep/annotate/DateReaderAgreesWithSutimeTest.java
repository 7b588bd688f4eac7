package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On every window the date reader reads, SUTime gives the same tokens the same tag, normalized value and TIMEX
 * (type, value, alternative value, and which tokens form one expression). Loads CoreNLP's tagger and SUTime.
 */
class DateReaderAgreesWithSutimeTest {
    private static StanfordCoreNLP cheap;
    private static TimesInWindows times;

    @BeforeAll
    static void load() {
        cheap = Annotator.cheapPass();
        times = Annotator.timesInWindows();
    }

    /** The windows of the text's sentences, tokenized and tagged afresh on each call. */
    private static List<List<CoreLabel>> windows(String text) {
        Annotation doc = new Annotation(text);
        cheap.annotate(doc);
        List<List<CoreLabel>> out = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
            List<String> words = new ArrayList<>();
            toks.forEach(t -> words.add(t.word()));
            for (TimeWindows.Window w : TimeWindows.get().of(words)) {
                out.add(toks.subList(w.start(), w.end()));
            }
        }
        return out;
    }

    /** Per token of a window: tag, normalized value and TIMEX as the tagged copies carry them, and expression starts. */
    private static List<String> reading(List<CoreLabel> window, List<TimesInWindows.TimeTag> found) {
        List<String> out = new ArrayList<>();
        Timex previous = null;
        for (CoreLabel t : window) {
            TimesInWindows.TimeTag tag = found.stream().filter(f -> f.token() == t).findFirst().orElse(null);
            if (tag == null) {
                out.add("-");
                previous = null;
                continue;
            }
            CoreLabel c = tag.found();
            Timex tx = t.get(TimeAnnotations.TimexAnnotation.class);
            boolean starts = previous == null || !previous.tid().equals(tx.tid());
            out.add((starts ? "B " : "I ") + c.ner() + " " + c.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class)
                    + " " + c.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)
                    + " " + tx.timexType() + " " + tx.value() + " " + tx.altVal());
            previous = tx;
        }
        return out;
    }

    /** Compares the reader and SUTime on each window of the text; returns how many windows the reader read. */
    private static int compare(String text) {
        List<List<CoreLabel>> forReader = windows(text);
        List<List<CoreLabel>> forSutime = windows(text);
        int read = 0;
        for (int i = 0; i < forReader.size(); i++) {
            List<TimesInWindows.TimeTag> byReader = new ArrayList<>();
            if (!TimesInWindows.byReader(text, forReader.get(i), byReader)) {
                continue;
            }
            read++;
            List<TimesInWindows.TimeTag> bySutime = times.bySutime(text, List.of(forSutime.get(i)));
            assertThat(reading(forReader.get(i), byReader)).as("window %d of: %s", i, text)
                    .isEqualTo(reading(forSutime.get(i), bySutime));
        }
        return read;
    }

    @Test
    void readWindowsAgreeWithSutime() {
        assertThat(compare("On 14 September 2021, gunmen ambushed a police patrol near the river crossing (Upper Region).")).isEqualTo(1);
        assertThat(compare("On 2nd March 2019, traders closed their shops in the old market to protest a new tax.")).isEqualTo(1);
        assertThat(compare("On August 9, 2018, the army said it had retaken the hill after two weeks of fighting.")).isEqualTo(1);
        assertThat(compare("The convoy was hit on 12 June near the checkpoint, and nobody was hurt.")).isEqualTo(1);
        assertThat(compare("In February 2023, the militia took the airstrip and looted a warehouse of the aid agency.")).isEqualTo(1);
        assertThat(compare("Thousands fled in July as the fighting spread to the eastern suburbs of the town.")).isEqualTo(1);
        assertThat(compare("The talks collapsed in 2017, and the rebels returned to the hills.")).isEqualTo(1);
        assertThat(compare("A drone struck the fuel depot on Thursday, officials of the port authority said.")).isEqualTo(1);
        assertThat(compare("Dock workers blocked the port yesterday, demanding back pay from the operator.")).isEqualTo(1);
        assertThat(compare("The governor said today that the curfew was lifted in the northern districts.")).isEqualTo(1);
        // SUTime reads only the range's last day, a whole date: so does the reader
        assertThat(compare("Clashes between 3 and 5 May 2020 killed at least 12 herders near the wells.")).isEqualTo(1);
        assertThat(compare("The raid took place on 2022-11-30 in a village near the lake, residents said.")).isEqualTo(1);
        assertThat(compare("On 5 June 2021, 200 protesters marched to the ministry of health in the capital.")).isEqualTo(1);
        assertThat(compare("Two died on 3 May 2020, and on 4 May 2020 three more died in the camp.")).isEqualTo(1);
    }

    @Test
    void windowsLeftToSutimeAreNotRead() {
        assertThat(compare("Late on 3 May 2020, a drone struck a car on the coast road, killing its driver.")).isZero();
        assertThat(compare("On the night of 3 May 2020, an armed group raided a mine and took four workers.")).isZero();
        assertThat(compare("On or about 3 May 2020, soldiers arrested 20 students at the campus.")).isZero();
        assertThat(compare("The governor said today that the curfew would be lifted.")).isZero();
        assertThat(compare("On Saturday, 4 July 2020, unknown gunmen shot a village chief in his home.")).isZero();
    }
}
