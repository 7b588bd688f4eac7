package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;

/**
 * Two writers on one store: the article another writer stores between this writer's look for its text and its look
 * for its id is skipped as stored, not reported as a different article under a taken id. The interleaving is forced
 * by a store whose first "is this text stored?" lets the other writer store the article before answering no.
 */
class StoreIngestRaceTest {
    @TempDir
    Path dir;

    @Test
    void anArticleStoredByAnotherWriterBetweenTheLooksIsSkipped() {
        SyntheticArticles syn = new SyntheticArticles(40, 3);
        Article article = syn.articles.get(0);
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            StoreIngest other = syn.ingest(store);
            AtomicBoolean first = new AtomicBoolean(true);
            EventStore late = (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(),
                    new Class<?>[] {EventStore.class}, (proxy, method, args) -> {
                        if (method.getName().equals("hasArticle") && first.getAndSet(false)) {
                            // the answer this writer gets was true before the other writer's commit landed
                            assertThat(other.ingest(List.of(article)).added()).isEqualTo(1);
                            return false;
                        }
                        try {
                            return method.invoke(store, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            StoreIngest.Result result = syn.ingest(late).ingest(List.of(article));
            assertThat(result.errors()).isEmpty();
            assertThat(result.skipped()).isEqualTo(1);
            assertThat(result.added()).isZero();
            assertThat(store.articleCount()).isEqualTo(1);
            assertThat(store.integrityProblems()).isEmpty();
        }
    }

    @Test
    void aDifferentTextUnderAStoredIdIsStillAnError() {
        SyntheticArticles syn = new SyntheticArticles(40, 3);
        Article article = syn.articles.get(0);
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            StoreIngest ingest = syn.ingest(store);
            ingest.ingest(List.of(article));
            Article changed = new Article(article.docId(), article.outlet(), article.url(), article.published(),
                    article.title(), article.text() + " A later paragraph.", null, article.input());
            StoreIngest.Result result = ingest.ingest(List.of(changed));
            assertThat(result.errors()).singleElement()
                    .satisfies(e -> assertThat(e.reason()).contains("different text is already stored"));
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }
}
