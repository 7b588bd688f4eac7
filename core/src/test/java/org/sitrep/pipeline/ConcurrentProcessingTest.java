package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.Article;
import org.sitrep.model.EventMention;

/** One loaded pipeline shared by threads (as a Spark executor's task threads share it) gives the same mentions. */
class ConcurrentProcessingTest {
    @Test
    void twoThreadsSharingOnePipelineGetTheSequentialResult() throws Exception {
        List<Article> articles = new Ingest().read(List.of(Path.of("examples/articles"))).articles();
        List<List<EventMention>> sequential = TestPipeline.assertThreadsGiveSequentialResult(articles, 2, 3);
        assertThat(sequential).allSatisfy(ms -> assertThat(ms).isNotEmpty());
    }
}
