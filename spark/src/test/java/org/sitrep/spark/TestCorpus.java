package org.sitrep.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.Article;
import org.sitrep.store.EventJson;

/** Test input: the bundled example articles as JSONL records, optionally followed by generated ones. */
final class TestCorpus {
    private TestCorpus() {
    }

    static List<String> bundled() {
        List<String> lines = new ArrayList<>();
        for (Article a : new Ingest().read(List.of(Path.of("examples/articles"))).articles()) {
            ObjectNode o = EventJson.mapper().createObjectNode();
            o.put("id", a.docId());
            if (a.outlet() != null) {
                o.put("outlet", a.outlet());
            }
            if (a.published() != null) {
                o.put("published", a.published().toString());
            }
            o.put("text", a.text());
            lines.add(o.toString());
        }
        return lines;
    }

    /**
     * Copies of bundled articles under other ids and outlets: of the first dated one with its date
     * ("copy-same-day") and a week later ("copy-other-day"), and of the first undated one ("copy-undated").
     */
    static List<String> copies() {
        List<Article> all = new Ingest().read(List.of(Path.of("examples/articles"))).articles();
        Article dated = all.stream().filter(a -> a.published() != null).findFirst().orElseThrow();
        Article undated = all.stream().filter(a -> a.published() == null).findFirst().orElseThrow();
        return List.of(copy("copy-same-day", dated, dated.published().toString()),
                copy("copy-other-day", dated, dated.published().plusDays(7).toString()),
                copy("copy-undated", undated, null));
    }

    private static String copy(String id, Article a, String published) {
        ObjectNode o = EventJson.mapper().createObjectNode();
        o.put("id", id);
        o.put("outlet", id + ".example");
        if (published != null) {
            o.put("published", published);
        }
        o.put("text", a.text());
        return o.toString();
    }

    static Path write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
