// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import static org.sitrep.serve.Responses.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.sitrep.model.Article;

/**
 * The API's writes: articles to ingest (a background job) and analysts' corrections. Each needs the write token
 * and a body within the cap ({@link WriteAccess}) before it is read.
 */
final class WriteRoutes {
    /** What a refused client is told to wait: about one job of a few articles. */
    static final int RETRY_AFTER_SECONDS = 30;
    private final WriteAccess access;
    private final Jobs jobs;
    private final CorrectionRoutes corrections;
    /** Rebuilds the search index: the events a correction re-fused have new ids. */
    private final Runnable reindex;

    WriteRoutes(WriteAccess access, Jobs jobs, CorrectionRoutes corrections, Runnable reindex) {
        this.access = access;
        this.jobs = jobs;
        this.corrections = corrections;
        this.reindex = reindex;
    }

    void postArticles(Context ctx) throws IOException {
        access.requireToken(ctx);
        byte[] body = access.boundedBody(ctx);
        ArticleJson.Posted posted = ArticleJson.read(body);
        List<Article> articles = posted.articles();
        Jobs.Job job = jobs.submit(articles).orElseThrow(() -> {
            ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            return new ApiError(503, "the ingest queue is full: " + jobs.maxWaiting()
                    + " jobs are waiting already; try again when one has finished");
        });
        ObjectNode o = Json.object();
        o.put("job", job.id);
        o.put("articles", articles.size());
        posted.warnings().forEach(o.putArray("warnings")::add);
        ctx.header("Location", "/api/jobs/" + job.id);
        json(ctx, 202, o);
    }

    void correct(Context ctx) throws IOException {
        access.requireToken(ctx);
        ObjectNode made = corrections.make(access.boundedBody(ctx));
        reindex.run();
        json(ctx, 201, made);
    }

    void undo(Context ctx) throws IOException {
        access.requireToken(ctx);
        ObjectNode undone = corrections.undo(ctx.pathParam("id"), access.boundedBody(ctx));
        reindex.run();
        json(ctx, 200, undone);
    }
}
