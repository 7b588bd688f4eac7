// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.common.Sha256;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.Article;

/**
 * Articles posted to {@code /api/articles}: one JSON object {@code {id, url, outlet, published, title, text}}
 * or an array of them. Only {@code text} is required; a missing id becomes {@code api-} plus the start of
 * the text's SHA-256. Errors name the problem and never quote the body.
 */
final class ArticleJson {

    private ArticleJson() {
    }

    static List<Article> parse(byte[] body) {
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
        for (int i = 0; i < items.size(); i++) {
            out.add(article(items.get(i), root.isArray() ? "article " + i + ": " : ""));
        }
        return out;
    }

    private static Article article(JsonNode o, String where) {
        if (!o.isObject()) {
            throw new ApiError(400, where + "an article must be a JSON object");
        }
        String text = string(o, "text", where);
        if (text == null || text.isBlank()) {
            throw new ApiError(400, where + "text is required");
        }
        String id = string(o, "id", where);
        if (id == null || id.isBlank()) {
            id = "api-" + Sha256.hex(text).substring(0, 16);
        }
        String idProblem = Ingest.idProblem(id);
        if (idProblem != null) {
            throw new ApiError(400, where + idProblem);
        }
        String published = string(o, "published", where);
        LocalDate day = null;
        if (published != null && !published.isBlank()) {
            try {
                day = LocalDate.parse(published.length() > 10 ? published.substring(0, 10) : published);
            } catch (DateTimeParseException e) {
                throw new ApiError(400, where + "published must start with a date of the form YYYY-MM-DD");
            }
        }
        return new Article(id, string(o, "outlet", where), string(o, "url", where), day, string(o, "title", where),
                text, null, "api:" + id);
    }

    private static String string(JsonNode o, String field, String where) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ApiError(400, where + field + " must be a string");
        }
        return v.asText();
    }

}
