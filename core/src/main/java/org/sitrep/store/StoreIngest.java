package org.sitrep.store;

import org.sitrep.common.Sha256;
import org.sitrep.common.StageClock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.fuse.Fuser;
import org.sitrep.model.Article;
import org.sitrep.model.EventMention;
import org.sitrep.model.InputError;
import org.sitrep.pipeline.Pipeline;

/**
 * Adds articles to an {@link EventStore} incrementally and idempotently. An article whose content hash is
 * stored already is skipped. A new article is read into mentions (annotate, extract, resolve, merge within
 * the article) outside any transaction; then, in one transaction, the article and its mentions are stored,
 * the fusion blocks its mentions fall in are fused again, and the events that changed replace the ones
 * they supersede. A crash leaves the article either fully stored, with its events, or not at all.
 */
public final class StoreIngest {
    /** What came of storing one article, once the pipeline had read it. */
    private enum Outcome {
        /** Stored, with its events. */
        ADDED,
        /** Another writer stored the same text since the first look: a skip. */
        STORED_MEANWHILE,
        /** Another writer stored a different text under the same id since the first look: an error. */
        ID_TAKEN_MEANWHILE,
        /** The store refused one of its values (the transaction rolled back): an error, the others go on. */
        DOES_NOT_FIT
    }

    /** An outcome and, when the article was added, the events written. */
    private record Stored(Outcome outcome, int eventsWritten) {
        static Stored not(Outcome o) {
            return new Stored(o, 0);
        }
    }

    private final EventStore store;
    private final Function<Article, List<EventMention>> reader;
    private final Refusion refusion;

    /**
     * @param reader an article's article-level mentions (already merged within the article); throws to
     *               reject the article
     */
    public StoreIngest(EventStore store, Fuser fuser, Function<Article, List<EventMention>> reader) {
        this.store = store;
        this.reader = reader;
        this.refusion = new Refusion(fuser);
    }

    /**
     * Reads articles with the pipeline, one article at a time. An undated article is placed by the dated
     * events of the articles already stored, as a batch run places it by the other articles of the run
     * ({@link Pipeline#inferPublication}); without a shared event its dates stay null.
     */
    public static StoreIngest withPipeline(EventStore store, Pipeline pipeline, Fuser fuser) {
        return new StoreIngest(store, fuser, a -> {
            Pipeline.Processed p = pipeline.process(a, StageClock.NONE);
            if (p.error() != null) {
                throw new IllegalArgumentException(p.error().reason());
            }
            if (a.published() != null) {
                return p.mentions();
            }
            return pipeline.inferPublication(p, store.mentionsOfDatedArticles())
                    .map(date -> pipeline.reresolve(p, date)).orElse(p.mentions());
        });
    }

    /**
     * What an ingest did.
     *
     * @param added         articles stored
     * @param skipped       articles already stored (same content hash)
     * @param mentions      mentions stored
     * @param eventsWritten events written (new or changed by the new mentions)
     * @param errors        articles that could not be stored, and why
     */
    public record Result(int added, int skipped, int mentions, int eventsWritten, List<InputError> errors) {
        public Result {
            errors = List.copyOf(errors);
        }
    }

    public Result ingest(List<Article> articles) {
        return ingest(articles, done -> {
        });
    }

    /** As {@link #ingest(List)}, telling {@code progress} how many articles are done after each one. */
    public Result ingest(List<Article> articles, java.util.function.IntConsumer progress) {
        int seen = 0;
        int added = 0;
        int skipped = 0;
        int mentions = 0;
        int events = 0;
        List<InputError> errors = new ArrayList<>();
        for (Article a : articles) {
            if (seen > 0) {
                progress.accept(seen);
            }
            seen++;
            Article article = withHash(a);
            if (store.hasArticle(article.contentHash())) {
                skipped++;
                continue;
            }
            if (store.hasDocId(article.docId())) {
                // another writer may have stored this very article between the two looks: a stored id's text never
                // changes, so its hash, looked up again, says whether it is the same article or a different one
                if (store.hasArticle(article.contentHash())) {
                    skipped++;
                } else {
                    errors.add(new InputError(a.input(), "store", "an article with id " + a.docId()
                            + " but different text is already stored"));
                }
                continue;
            }
            List<EventMention> ms;
            try {
                ms = reader.apply(article);
            } catch (RuntimeException e) {
                errors.add(new InputError(a.input(), "annotate", "could not process article " + a.docId() + ": " + e));
                continue;
            }
            Stored stored = add(article, ms);
            switch (stored.outcome()) {
                case DOES_NOT_FIT -> errors.add(new InputError(a.input(), "store", "could not store article "
                        + a.docId() + ": a value does not fit the store (a title, outlet or url longer than its column)"));
                case ID_TAKEN_MEANWHILE -> errors.add(new InputError(a.input(), "store", "an article with id "
                        + a.docId() + " but different text was stored by another writer meanwhile"));
                case STORED_MEANWHILE -> skipped++;
                case ADDED -> {
                    added++;
                    mentions += ms.size();
                    events += stored.eventsWritten();
                }
            }
        }
        if (seen > 0) {
            progress.accept(seen);
        }
        return new Result(added, skipped, mentions, events, errors);
    }

    /**
     * Stores one article with its mentions and re-fuses its blocks: added with the events written, or what kept
     * it out ({@link Outcome}).
     */
    private Stored add(Article a, List<EventMention> mentions) {
        try {
            return addLocked(a, mentions);
        } catch (StoreException e) {
            if (isDataError(e)) {
                return Stored.not(Outcome.DOES_NOT_FIT);
            }
            if (!isDuplicateKey(e)) {
                throw e;
            }
            // the lock keeps this from happening; should a store still report the key as taken, say who took it
            return Stored.not(store.hasArticle(a.contentHash()) ? Outcome.STORED_MEANWHILE : Outcome.ID_TAKEN_MEANWHILE);
        }
    }

    /** SQLSTATE class 23 (integrity constraint violation), the same in H2 and PostgreSQL. */
    static boolean isDuplicateKey(Throwable e) {
        return hasSqlStateClass(e, "23");
    }

    /** SQLSTATE class 22 (data exception: a value too long for its column, out of range), in H2 and PostgreSQL. */
    static boolean isDataError(Throwable e) {
        return hasSqlStateClass(e, "22");
    }

    private static boolean hasSqlStateClass(Throwable e, String stateClass) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(stateClass)) {
                return true;
            }
        }
        return false;
    }

    private Stored addLocked(Article a, List<EventMention> mentions) {
        return store.transaction(tx -> {
            // other processes (sitrep serve, watch, a second ingest) may write the same blocks: one at a time
            tx.lockWriters();
            if (tx.hasArticle(a.contentHash())) {
                return Stored.not(Outcome.STORED_MEANWHILE); // another writer stored it since we looked
            }
            if (tx.hasDocId(a.docId())) {
                return Stored.not(Outcome.ID_TAKEN_MEANWHILE);
            }
            tx.addArticle(a, mentions);
            Set<org.sitrep.fuse.FusionBlock> blocks = new LinkedHashSet<>();
            mentions.forEach(m -> blocks.add(org.sitrep.fuse.Fuser.blockKey(m)));
            // the blocks fused again with the analysts' corrections, so corrections outlast new articles
            return new Stored(Outcome.ADDED, refusion.refuse(tx, blocks, false));
        });
    }

    /** The article, with the SHA-256 of its text as content hash when it has none. */
    static Article withHash(Article a) {
        if (a.contentHash() != null) {
            return a;
        }
        return new Article(a.docId(), a.outlet(), a.url(), a.published(), a.title(), a.text(), Sha256.hex(a.text()), a.input());
    }

}
