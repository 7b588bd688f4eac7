package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed while ingesting leaves a sound store, and ingesting again completes it without duplicates. */
class StoreKillTest {
    private static final int COUNT = 800;
    private static final long SEED = 23;
    /**
     * How long the child may take to store its first 20 articles: over 60 s at a load average of 30, over 300 s at
     * 40 (measured). Only a failing run waits this long; a quiet machine takes seconds.
     */
    private static final int STARTUP_SECONDS = 900;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLeavesASoundStoreThatIngestingAgainCompletes() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreKillChild.class.getName(), dir.toString(), String.valueOf(COUNT), String.valueOf(SEED))
                .redirectErrorStream(true).start();
        AtomicInteger stored = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("stored ")) {
                        stored.set(Integer.parseInt(line.substring(7)));
                        if (stored.get() >= 20) {
                            started.countDown();
                        }
                    } else if (output.size() < 50) {
                        output.add(line);
                    }
                }
            } catch (Exception e) {
                // the child was killed
            }
        }, "kill-test-child-output");
        reader.setDaemon(true);
        reader.start();
        try {
            // generous: the child starts a JVM, H2 and the fuse stage, which takes minutes on a loaded two-core machine
            assertThat(started.await(STARTUP_SECONDS, TimeUnit.SECONDS)).as("child ingesting within %d s; its output: %s",
                    STARTUP_SECONDS, output).isTrue();
            Thread.sleep(1500);
            assertThat(child.isAlive()).as("child still ingesting; its output: %s", output).isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        int before = stored.get();

        SyntheticArticles syn = new SyntheticArticles(COUNT, SEED);
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            assertThat(store.integrityProblems()).isEmpty();
            long articles = store.articleCount();
            assertThat(articles).as("committed before the kill").isGreaterThanOrEqualTo(20).isLessThan(syn.articles.size());
            assertThat(articles).as("at most one commit beyond the last line read").isLessThanOrEqualTo(before + 1L);

            StoreIngest.Result r = syn.ingest(store).ingest(syn.articles);
            assertThat(r.errors()).isEmpty();
            assertThat(r.added() + r.skipped()).isEqualTo(syn.articles.size());
            assertThat(r.skipped()).isEqualTo(articles);
            assertThat(store.articleCount()).isEqualTo(syn.articles.size());
            assertThat(store.mentionCount()).isEqualTo(syn.allMentions().size());
            assertThat(store.eventCount()).isEqualTo(SyntheticArticles.fuser().events(syn.allMentions()).size());
            assertThat(store.integrityProblems()).isEmpty();
        }
    }
}
