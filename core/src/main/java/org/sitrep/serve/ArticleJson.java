// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.common.Sha256;
import org.sitrep.ingest.ArticleFields;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.Article;

/**
 * Articles posted to {@code /api/articles}: one JSON object {@code {id, url, outlet, published, title, text}}
 * or an array of them, each read by the same rule as a JSONL line ({@link ArticleFields}). Only {@code text} is
 * required; a missing id becomes {@code api-} plus the start of the text's SHA-256. Errors name the problem and
 * quote nothing of the body but a bad {@code published} value (cut to 60 characters). A field that is not an article
 * field is left out with a warning naming it and the article, which the answer carries.
 */
final class ArticleJson {
    /** The articles of one body, and a warning for each field they were read without. */
    record Posted(List<Article> articles, List<String> warnings) {
    }

    private ArticleJson() {
    }

    static List<Article> parse(byte[] body) {
        return read(body).articles();
    }

    static Posted read(byte[] body) {
        JsonNode root = Json.read(body);
        if (root == null) {
            throw new ApiError(400, "the request body is empty; send a JSON article or an array of them");
        }
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(items::add);
        } else {
            items.add(root);
        }
        if (items.isEmpty()) {
            throw new ApiError(400, "the array holds no articles");
        }
        List<Article> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String where = root.isArray() ? "article " + i + ": " : "";
            out.add(article(items.get(i), where));
            for (String field : ArticleFields.unknownFields(items.get(i))) {
                warnings.add(where + "unknown field " + field + " ignored (the fields read are "
                        + String.join(", ", ArticleFields.FIELDS) + ")");
            }
        }
        return new Posted(out, warnings);
    }

    private static Article article(JsonNode o, String where) {
        ArticleFields a;
        try {
            a = ArticleFields.of(o);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, where + e.getMessage());
        }
        if (a.text().isBlank()) {
            throw new ApiError(400, where + "text is empty");
        }
        String id = a.id() != null ? a.id() : "api-" + Sha256.hex(a.text()).substring(0, 16);
        String idProblem = Ingest.idProblem(id);
        if (idProblem != null) {
            throw new ApiError(400, where + idProblem);
        }
        return new Article(id, a.outlet(), a.url(), a.published(), a.title(), a.text(), null, "api:" + id);
    }
}
