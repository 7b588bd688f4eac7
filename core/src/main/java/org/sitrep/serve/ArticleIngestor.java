// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.store.StoreIngest;

/**
 * Adds articles to the store: the real pipeline in production ({@link PipelineIngestor}), a reader of
 * synthetic mentions in tests. Called from one background thread at a time.
 */
@FunctionalInterface
public interface ArticleIngestor {
    StoreIngest.Result ingest(List<Article> articles);

    /** Ingest through a {@link StoreIngest} as it is. */
    static ArticleIngestor of(StoreIngest ingest) {
        return ingest::ingest;
    }
}
