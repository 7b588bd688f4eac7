// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Account;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.pipeline.PipelineResult;
import org.sitrep.pipeline.TestPipeline;

/** The bundled examples: each record says its outlet or plainly that it is unknown; the side-by-side set shows a dispute. */
class ExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyBundledArticleNamesItsOutletOrSaysItIsUnknown() throws Exception {
        for (String folder : List.of("examples/articles", "examples/side-by-side")) {
            for (String line : Files.readAllLines(Path.of(folder, "articles.jsonl"))) {
                JsonNode r = JSON.readTree(line);
                if (r.get("outlet").isNull()) {
                    assertThat(r.get("outlet_basis").asText()).as(r.get("id").asText()).startsWith("unknown");
                } else {
                    assertThat(r.get("outlet").asText()).isNotBlank();
                }
                assertThat(r.get("cites").isArray()).isTrue();
            }
        }
        IngestResult in = new Ingest().read(List.of(Path.of("examples/articles")));
        assertThat(in.errors()).isEmpty();
        assertThat(in.articles()).extracting(Article::outlet).containsExactly("Example Wire", null, null);
    }

    @Test
    void theSideBySideExampleShowsSeveralOutletsAccountsAndADispute() {
        PipelineResult r = TestPipeline.get().run(List.of(Path.of("examples/side-by-side")));
        assertThat(r.errors()).isEmpty();
        assertThat(r.articles()).hasSize(3);
        List<Event> shown = r.events().stream()
                .filter(e -> e.accounts().stream().map(Account::outlet).distinct().count() >= 2 && !e.disputes().isEmpty())
                .toList();
        assertThat(shown).as("an event with two outlets' accounts and a dispute").isNotEmpty();
    }
}
