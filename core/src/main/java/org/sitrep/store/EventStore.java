package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.fuse.FusionBlock;
import org.sitrep.model.Article;
import org.sitrep.model.Correction;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;

/**
 * A persistent store of articles, their mentions and the fused events. Writes that belong together run
 * in one {@link #transaction}, so a crash leaves either all of them or none. See docs/store.md.
 */
public interface EventStore extends AutoCloseable {

    /** Work done inside one transaction, on a store view whose operations all belong to it. */
    @FunctionalInterface
    interface Work<T> {
        T run(EventStore tx) throws Exception;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. A call
     * inside a running transaction joins it.
     */
    <T> T transaction(Work<T> work);

    /** Whether an article with this content hash is stored. */
    boolean hasArticle(String contentHash);

    /**
     * Inside a transaction: waits until no other writer (thread or process) is in its own write
     * transaction, and holds the others off until this one ends, so re-fusing a block never races.
     */
    default void lockWriters() {
    }

    /** Whether an article with this id is stored. */
    boolean hasDocId(String docId);

    /** Stores an article (which must carry a content hash) and its article-level mentions. */
    void addArticle(Article a, List<EventMention> mentions);

    /** Every stored mention, in the order they were stored. */
    List<EventMention> allMentions();

    /** The stored mentions whose fusion block ({@link FusionBlock}) is one of {@code blocks}, in stored order. */
    List<EventMention> mentionsInBlocks(Collection<FusionBlock> blocks);

    /** The stored mentions of articles that have a publication date, in storage order (to place undated ones). */
    default List<EventMention> mentionsOfDatedArticles() {
        return List.of();
    }

    /** Ids of the stored events that contain any of these mentions. */
    Set<String> eventIdsFor(Collection<String> mentionIds);

    /** Deletes every stored event that contains any of {@code affectedMentionIds}, then stores {@code events}. */
    void replaceEvents(Collection<String> affectedMentionIds, List<Event> events);

    /** Events matching the query, as EventJson writes them, latest first. */
    List<JsonNode> events(EventQuery q);

    /** How many events match the query, ignoring its limit and offset. */
    default long count(EventQuery q) {
        return events(q.limit(Integer.MAX_VALUE).offset(0)).size();
    }

    /** Stored articles in doc id order, {@code limit} at a time, with their text and content hash. */
    default List<Article> articles(int limit, int offset) {
        return List.of();
    }

    /** One event, as EventJson writes it. */
    Optional<JsonNode> event(String id);

    /** The stored article with this id. */
    default Optional<Article> article(String docId) {
        return Optional.empty();
    }

    /** The stored events (JSON documents) that have a mention from this article, in date order. */
    default List<JsonNode> eventsOfArticle(String docId) {
        return List.of();
    }

    /** Stores an analyst's correction (docs/corrections.md); its mentions need not be stored yet. */
    default void addCorrection(Correction c) {
        throw new UnsupportedOperationException("this store keeps no corrections");
    }

    /** Every stored correction, undone ones too, in the order they were stored. */
    default List<Correction> corrections() {
        return List.of();
    }

    /** The stored correction with this id. */
    default Optional<Correction> correction(String id) {
        return corrections().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Marks a stored correction undone by {@code by} at {@code at}; false when there is no such correction. */
    default boolean undoCorrection(String id, String by, java.time.Instant at) {
        throw new UnsupportedOperationException("this store keeps no corrections");
    }

    /** The fusion blocks of these stored mentions (unknown ids are left out). */
    default Set<FusionBlock> blocksOf(Collection<String> mentionIds) {
        return Set.of();
    }

    /** Every fusion block that holds a stored mention. */
    default Set<FusionBlock> allBlocks() {
        return Set.of();
    }

    long articleCount();

    long mentionCount();

    long eventCount();

    /** Consistency problems, empty when the store is sound: see {@link JdbcEventStore#integrityProblems}. */
    List<String> integrityProblems();

    @Override
    void close();
}
