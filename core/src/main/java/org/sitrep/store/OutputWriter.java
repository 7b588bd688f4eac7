package org.sitrep.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.sitrep.model.InputError;
import org.sitrep.pipeline.PipelineResult;

/**
 * Writes a run's output folder: mentions.jsonl, events.jsonl, events.csv and errors.jsonl. Each file is
 * written to a temporary name and moved into place, so a crash never leaves a half-written file.
 */
public final class OutputWriter {
    private OutputWriter() {
    }

    public static void write(Path dir, PipelineResult r) throws IOException {
        Files.createDirectories(dir);
        writeLines(dir.resolve("mentions.jsonl"), r.mentions().stream().map(EventJson::mention).toList());
        writeLines(dir.resolve("events.jsonl"), r.events().stream().map(EventJson::event).toList());
        writeLines(dir.resolve("errors.jsonl"), r.errors().stream().map(OutputWriter::error).toList());
        atomically(dir.resolve("events.csv"), w -> AcledCsv.write(r.events(), w));
    }

    /** One more file of a run (a report beside the output files), written the same way: whole or not at all. */
    public static Path writeText(Path file, String text) throws IOException {
        atomically(file, w -> w.write(text));
        return file;
    }

    private static ObjectNode error(InputError e) {
        ObjectNode o = EventJson.mapper().createObjectNode();
        o.put("input", e.input());
        o.put("stage", e.stage());
        o.put("reason", e.reason());
        return o;
    }

    private static void writeLines(Path file, List<ObjectNode> rows) throws IOException {
        atomically(file, w -> {
            for (ObjectNode row : rows) {
                w.write(EventJson.mapper().writeValueAsString(row));
                w.write('\n');
            }
        });
    }

    private interface Body {
        void write(BufferedWriter w) throws IOException;
    }

    private static void atomically(Path file, Body body) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            body.write(w);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

}
