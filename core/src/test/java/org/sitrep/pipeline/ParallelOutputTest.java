package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Article;
import org.sitrep.model.InputError;
import org.sitrep.store.OutputWriter;

/**
 * Articles processed by several workers give byte-identical output files to the same articles processed
 * one after another: order, fused events, inferred dates of undated articles and errors included.
 */
class ParallelOutputTest {
    private static final String[] TEXTS = {
        "Soldiers clashed with insurgents near Gao on Sunday; four soldiers and nine insurgents were killed, the army said.",
        "A car bomb exploded outside a police station in Baidoa on Saturday, killing six people, officials said.",
        "Hundreds of residents marched through Kisumu on Monday to demand clean water; police dispersed them with tear gas.",
        "About 2,000 families fled Beni after rebels attacked several villages on Friday, the UN refugee agency said.",
        "Air strikes hit a market in Maarat al-Numan on Tuesday, killing 11 civilians, a monitoring group said. "
                + "The government denied carrying out any strike in the area.",
        "Two mortar shells landed in the Old City of Damascus on Wednesday, wounding three people, state media reported.",
        "The weather was mild across the region on Thursday and the harvest festival went ahead as planned.",
    };

    @Test
    void severalWorkersWriteTheSameFilesAsOne(@TempDir Path tmp) throws Exception {
        List<Article> articles = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        IngestResult examples = new Ingest().read(List.of(Path.of("examples/articles"), Path.of("examples/side-by-side")));
        articles.addAll(examples.articles());
        errors.addAll(examples.errors());
        for (int i = 0; i < TEXTS.length * 2; i++) {
            // every other copy is undated, so inference from the dated ones is part of the comparison
            LocalDate published = i % 2 == 0 ? LocalDate.of(2021, 3, 10 + i) : null;
            IngestResult in = new Ingest().readString("par-" + i, TEXTS[i % TEXTS.length], published);
            articles.addAll(in.articles());
            errors.addAll(in.errors());
        }
        Pipeline shared = TestPipeline.get();
        PipelineResult one = shared.withWorkers(1).run(articles, errors);
        PipelineResult three = shared.withWorkers(3).run(articles, errors);
        OutputWriter.write(tmp.resolve("one"), one);
        OutputWriter.write(tmp.resolve("three"), three);

        assertThat(one.mentions()).isNotEmpty();
        assertThat(one.events().size()).isLessThan(one.mentions().size());
        for (String file : List.of("mentions.jsonl", "events.jsonl", "events.csv", "errors.jsonl")) {
            assertThat(Files.readAllBytes(tmp.resolve("three").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("one").resolve(file)));
        }
        assertThat(three.inferredDates()).isEqualTo(one.inferredDates());
        assertThat(three.tokens()).isEqualTo(one.tokens());
    }

    @Test
    void oneLongArticleSpreadOverTwoWorkersWritesTheSameFilesAsOne(@TempDir Path tmp) throws Exception {
        // one article of all the texts: the second worker's thread takes runs of its sentences
        IngestResult in = new Ingest().readString("par-long", String.join("\n", TEXTS), LocalDate.of(2021, 3, 10));
        Pipeline shared = TestPipeline.get();
        PipelineResult one = shared.withWorkers(1).run(in.articles(), in.errors());
        PipelineResult two = shared.withWorkers(2).run(in.articles(), in.errors());
        OutputWriter.write(tmp.resolve("one"), one);
        OutputWriter.write(tmp.resolve("two"), two);

        assertThat(one.tokens()).isGreaterThan(150L);
        assertThat(one.mentions().size()).isGreaterThan(4);
        for (String file : List.of("mentions.jsonl", "events.jsonl", "events.csv")) {
            assertThat(Files.readAllBytes(tmp.resolve("two").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("one").resolve(file)));
        }
    }
}
