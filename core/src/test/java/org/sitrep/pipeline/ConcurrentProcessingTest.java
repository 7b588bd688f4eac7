package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.Article;
import org.sitrep.model.EventMention;

/** One loaded pipeline shared by threads (as a Spark executor's task threads share it) gives the same mentions. */
class ConcurrentProcessingTest {
    @Test
    void twoThreadsSharingOnePipelineGetTheSequentialResult() throws Exception {
        Pipeline pipeline = TestPipeline.get();
        List<Article> articles = new Ingest().read(List.of(Path.of("examples/articles"))).articles();
        List<List<EventMention>> sequential = new ArrayList<>();
        for (Article a : articles) {
            sequential.add(pipeline.process(a, Pipeline.StageClock.NONE).mentions());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<EventMention>>> parallel = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Article a : articles) {
                    parallel.add(pool.submit(() -> pipeline.process(a, Pipeline.StageClock.NONE).mentions()));
                }
            }
            for (int i = 0; i < parallel.size(); i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i % articles.size()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential).allSatisfy(ms -> assertThat(ms).isNotEmpty());
    }
}
