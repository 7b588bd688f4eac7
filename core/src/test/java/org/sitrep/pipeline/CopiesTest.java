package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.CountRole;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.Source;

/**
 * Copies of one text under different ids (a syndicated wire story, a coder's note repeated for a second
 * location): every copy is reported under its own id, outlet and url, marked as a copy; a copy with the same
 * publication date is read once; fusion counts an article and its copies as one source.
 */
class CopiesTest {
    private static final String STRIKE = "Gunmen attacked a police checkpoint in Kajuru in Kaduna state on Monday, "
            + "killing 4 officers, a police spokesman said.";
    private static final String OTHER = "Gunmen attacked a police checkpoint in Kajuru in Kaduna state on Monday, "
            + "killing 7 officers, a local councillor told reporters.";

    @TempDir
    Path dir;

    private IngestResult feed(String... lines) throws IOException {
        Path file = dir.resolve("feed.jsonl");
        Files.write(file, List.of(lines));
        return new Ingest().read(List.of(file));
    }

    private static String record(String id, String outlet, String published, String text) {
        return "{\"id\":\"" + id + "\",\"outlet\":\"" + outlet + "\",\"url\":\"https://" + outlet + "/" + id
                + "\",\"published\":\"" + published + "\",\"text\":\"" + text + "\"}";
    }

    private static List<EventMention> of(PipelineResult r, String docId) {
        return r.mentions().stream().filter(m -> m.docId().equals(docId)).toList();
    }

    @Test
    void aCopyUnderAnotherIdIsReportedWithItsOwnIdOutletAndUrlAndReadOnce() throws IOException {
        PipelineResult both = TestPipeline.get().run(feed(record("w1", "wire-a.org", "2021-06-09", STRIKE),
                record("w2", "paper-b.net", "2021-06-09", STRIKE)));
        PipelineResult alone = TestPipeline.get().run(feed(record("w1", "wire-a.org", "2021-06-09", STRIKE)));

        assertThat(both.articles()).hasSize(2);
        assertThat(both.copies()).isEqualTo(1);
        assertThat(both.tokens()).as("the copy is not annotated again").isEqualTo(alone.tokens());
        List<EventMention> first = of(both, "w1");
        List<EventMention> copy = of(both, "w2");
        assertThat(first).isNotEmpty();
        assertThat(copy).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            EventMention f = first.get(i);
            EventMention c = copy.get(i);
            assertThat(c.id()).startsWith("w2-").isNotEqualTo(f.id());
            assertThat(c.type()).isEqualTo(f.type());
            assertThat(c.date()).isEqualTo(f.date());
            assertThat(c.location()).isEqualTo(f.location());
            assertThat(c.counts()).isEqualTo(f.counts());
            assertThat(c.sources()).extracting(Source::docId, Source::outlet, Source::url, Source::copyOf)
                    .containsOnly(org.assertj.core.groups.Tuple.tuple("w2", "paper-b.net", "https://paper-b.net/w2", "w1"));
            assertThat(c.sources()).extracting(Source::start).isEqualTo(f.sources().stream().map(Source::start).toList());
            assertThat(f.copyOf()).isNull();
        }
        assertThat(first.get(0).counts().get(CountRole.FATALITIES).value()).isEqualTo(4L);
        assertThat(first.get(0).date().date()).hasToString("2021-06-07");
    }

    @Test
    void aCopyIsOneSourceWithItsOriginalNotACorroboration() throws IOException {
        PipelineResult r = TestPipeline.get().run(feed(record("w1", "wire-a.org", "2021-06-09", STRIKE),
                record("w2", "paper-b.net", "2021-06-09", STRIKE),
                record("w3", "radio-c.com", "2021-06-09", OTHER)));

        Event e = r.events().stream().filter(x -> x.accounts().size() > 1).findFirst().orElseThrow();
        assertThat(e.accounts()).extracting(a -> a.docId()).containsExactly("w1", "w2", "w3");
        assertThat(e.sources()).extracting(Source::outlet).contains("wire-a.org", "paper-b.net", "radio-c.com");
        // two sources give a figure (4 and 7), not three: the copy's 4 is the same report
        assertThat(e.notes()).anyMatch(n -> n.startsWith("fatalities: 4: the most conservative of 2 conflicting figures"));
        assertThat(e.notes()).anyMatch(n -> n.startsWith("report paper-b.net: a copy of w1's text word for word"));
        assertThat(e.disputes()).filteredOn(d -> d.field().equals("fatalities")).singleElement()
                .satisfies(d -> assertThat(d.claims()).allSatisfy(c -> assertThat(c.outlets()).hasSize(1)));
    }

    @Test
    void aCopyWithAnotherPublicationDateIsReadOnItsOwnAndStillMarked() throws IOException {
        PipelineResult r = TestPipeline.get().run(feed(record("w1", "wire-a.org", "2021-06-09", STRIKE),
                record("w4", "weekly-d.org", "2021-06-16", STRIKE)));
        PipelineResult alone = TestPipeline.get().run(feed(record("w1", "wire-a.org", "2021-06-09", STRIKE)));

        assertThat(r.tokens()).as("both read").isEqualTo(2 * alone.tokens());
        EventMention first = of(r, "w1").get(0);
        EventMention later = of(r, "w4").get(0);
        assertThat(first.date().date()).hasToString("2021-06-07");
        assertThat(later.date().date()).as("Monday before its own date").hasToString("2021-06-14");
        assertThat(later.copyOf()).isEqualTo("w1");
        assertThat(later.textOf()).isEqualTo("w1");
    }
}
