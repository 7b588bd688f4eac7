package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;

/** Incremental, idempotent, all-or-nothing ingest into the store. */
class StoreIngestTest {
    @TempDir
    Path dir;

    @Test
    void reAddingTheSameArticlesChangesNothing() {
        SyntheticArticles syn = new SyntheticArticles(200, 7);
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            StoreIngest ingest = syn.ingest(store);
            StoreIngest.Result first = ingest.ingest(syn.articles);
            assertThat(first.added()).isEqualTo(syn.articles.size());
            assertThat(first.errors()).isEmpty();
            long articles = store.articleCount();
            long mentions = store.mentionCount();
            Set<String> ids = eventIds(store);

            StoreIngest.Result again = ingest.ingest(syn.articles);
            assertThat(again.added()).isZero();
            assertThat(again.skipped()).isEqualTo(syn.articles.size());
            assertThat(store.articleCount()).isEqualTo(articles);
            assertThat(store.mentionCount()).isEqualTo(mentions);
            assertThat(eventIds(store)).isEqualTo(ids);
            assertThat(store.integrityProblems()).isEmpty();
        }
    }

    @Test
    void incrementalIngestGivesTheSameEventsAsOneBatchFusion() {
        SyntheticArticles syn = new SyntheticArticles(400, 9);
        List<Event> batch = SyntheticArticles.fuser().events(syn.allMentions());
        Set<String> expected = new TreeSet<>();
        batch.forEach(e -> expected.add(EventJson.event(e).toString()));
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            StoreIngest ingest = syn.ingest(store);
            // in two runs, the second adding to events of the first
            ingest.ingest(syn.articles.subList(0, 150));
            ingest.ingest(syn.articles);
            Set<String> stored = new TreeSet<>();
            store.events(EventQuery.all().limit(100_000)).forEach(e -> stored.add(e.toString()));
            assertThat(stored).isEqualTo(expected);
            assertThat(batch.stream().anyMatch(e -> e.mentionIds().size() > 1)).as("some events fuse several outlets").isTrue();
            assertThat(store.integrityProblems()).isEmpty();
        }
    }

    @Test
    void aTransactionThatFailsMidwayLeavesNoRows() {
        SyntheticArticles syn = new SyntheticArticles(30, 13);
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            syn.ingest(store).ingest(syn.articles.subList(0, 10));
            long articles = store.articleCount();
            long mentions = store.mentionCount();
            Set<String> events = eventIds(store);

            EventStore failing = new FailAfterMentions(store);
            assertThatThrownBy(() -> syn.ingest(failing).ingest(syn.articles.subList(10, 11)))
                    .hasMessageContaining("injected failure");
            assertThat(store.articleCount()).isEqualTo(articles);
            assertThat(store.mentionCount()).isEqualTo(mentions);
            assertThat(eventIds(store)).isEqualTo(events);
            assertThat(store.hasArticle(syn.articles.get(10).contentHash())).isFalse();
            assertThat(store.integrityProblems()).isEmpty();

            // and the article goes in cleanly afterwards
            assertThat(syn.ingest(store).ingest(syn.articles.subList(10, 11)).added()).isEqualTo(1);
            assertThat(store.integrityProblems()).isEmpty();
        }
    }

    @Test
    void anArticleThatCannotBeReadIsAnErrorAndTheOthersGoOn() {
        SyntheticArticles syn = new SyntheticArticles(10, 17);
        Article stranger = new Article("stranger", null, null, null, null, "No synthetic mentions here.", null, "stranger.txt");
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            StoreIngest.Result r = syn.ingest(store).ingest(List.of(syn.articles.get(0), stranger, syn.articles.get(1)));
            assertThat(r.added()).isEqualTo(2);
            assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.input()).isEqualTo("stranger.txt"));
            assertThat(store.articleCount()).isEqualTo(2);
        }
    }

    @Test
    void anArticleWithAValueTooLongForTheStoreIsAnErrorAndTheOthersGoOn() {
        SyntheticArticles syn = new SyntheticArticles(10, 23);
        Article a = syn.articles.get(1);
        Article longTitle = new Article(a.docId(), a.outlet(), a.url(), a.published(), "A headline. ".repeat(500),
                a.text(), null, a.input());
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            StoreIngest.Result r = syn.ingest(store).ingest(List.of(syn.articles.get(0), longTitle, syn.articles.get(2)));
            assertThat(r.added()).isEqualTo(2);
            assertThat(r.errors()).singleElement().satisfies(e -> {
                assertThat(e.input()).isEqualTo(a.input());
                assertThat(e.reason()).isEqualTo("could not store article " + a.docId()
                        + ": a value does not fit the store (a title, outlet or url longer than its column)");
            });
            assertThat(store.articleCount()).isEqualTo(2);
            assertThat(store.hasDocId(a.docId())).isFalse();
            assertThat(store.integrityProblems()).isEmpty();
        }
    }

    @Test
    void anArticleAnotherWriterStoresWhileItIsReadIsSkippedOrRefusedByItsText() {
        SyntheticArticles syn = new SyntheticArticles(10, 29);
        Article same = syn.articles.get(0);
        Article b = syn.articles.get(1);
        Article rival = new Article(b.docId(), b.outlet(), b.url(), b.published(), b.title(), b.text() + " Revised.",
                null, "rival.txt");
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            StoreIngest other = syn.ingest(store);
            // the other writer stores while this one reads: after its first look, before its transaction
            StoreIngest racing = new StoreIngest(store, SyntheticArticles.fuser(), a -> {
                if (a.docId().equals(same.docId())) {
                    other.ingest(List.of(same));
                } else if (a.docId().equals(b.docId())) {
                    other.ingest(List.of(rival));
                }
                return syn.read(a);
            });
            StoreIngest.Result r = racing.ingest(List.of(same, b, syn.articles.get(2)));
            assertThat(r.added()).isEqualTo(1);
            assertThat(r.skipped()).isEqualTo(1);
            assertThat(r.errors()).singleElement().satisfies(e -> {
                assertThat(e.input()).isEqualTo(b.input());
                assertThat(e.reason()).isEqualTo("an article with id " + b.docId()
                        + " but different text was stored by another writer meanwhile");
            });
            assertThat(store.articleCount()).isEqualTo(3);
            assertThat(store.integrityProblems()).isEmpty();
        }
    }

    @Test
    void aStoredIdWithDifferentTextIsRejected() {
        SyntheticArticles syn = new SyntheticArticles(10, 19);
        Article a = syn.articles.get(0);
        Article changed = new Article(a.docId(), a.outlet(), a.url(), a.published(), a.title(), a.text() + " Updated.",
                null, a.input());
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            StoreIngest ingest = new StoreIngest(store, SyntheticArticles.fuser(), x -> syn.read(a));
            ingest.ingest(List.of(a));
            StoreIngest.Result r = ingest.ingest(List.of(changed));
            assertThat(r.added()).isZero();
            assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("already stored"));
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    private static Set<String> eventIds(EventStore store) {
        Set<String> ids = new TreeSet<>();
        store.events(EventQuery.all().limit(100_000)).forEach(e -> ids.add(e.path("id").asText()));
        return ids;
    }

    /** A store whose transactions fail after the article and its mentions are written, before the events. */
    private static final class FailAfterMentions implements EventStore {
        private final EventStore inner;

        FailAfterMentions(EventStore inner) {
            this.inner = inner;
        }

        @Override
        public <T> T transaction(Work<T> work) {
            return inner.transaction(tx -> work.run(new FailAfterMentions(tx)));
        }

        @Override
        public boolean hasArticle(String contentHash) {
            return inner.hasArticle(contentHash);
        }

        @Override
        public boolean hasDocId(String docId) {
            return inner.hasDocId(docId);
        }

        @Override
        public void addArticle(Article a, List<EventMention> mentions) {
            inner.addArticle(a, mentions);
            // written, inside the transaction
            if (!inner.hasArticle(a.contentHash())) {
                throw new AssertionError("the article should be visible inside its transaction");
            }
        }

        @Override
        public List<EventMention> allMentions() {
            return inner.allMentions();
        }

        @Override
        public List<EventMention> mentionsInBlocks(Collection<org.sitrep.fuse.FusionBlock> blocks) {
            return inner.mentionsInBlocks(blocks);
        }

        @Override
        public Set<String> eventIdsFor(Collection<String> mentionIds) {
            return inner.eventIdsFor(mentionIds);
        }

        @Override
        public void replaceEvents(Collection<String> affectedMentionIds, List<Event> events) {
            throw new IllegalStateException("injected failure after inserting mentions");
        }

        @Override
        public List<JsonNode> events(EventQuery q) {
            return inner.events(q);
        }

        @Override
        public Optional<JsonNode> event(String id) {
            return inner.event(id);
        }

        @Override
        public long articleCount() {
            return inner.articleCount();
        }

        @Override
        public long mentionCount() {
            return inner.mentionCount();
        }

        @Override
        public long eventCount() {
            return inner.eventCount();
        }

        @Override
        public List<String> integrityProblems() {
            return inner.integrityProblems();
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
