package org.sitrep.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.store.EventJson;

/**
 * Writes each row on which Sitrep disagrees with the coding as one JSON line: the fields that disagree,
 * the coded row, its notes, and Sitrep's first mention (null when it found none) in the output contract's
 * shape.
 */
public final class DisagreementWriter implements Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BufferedWriter out;

    public DisagreementWriter(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** Writes the row when any field disagrees; returns whether it did. */
    public boolean write(RowScore s, String ingestError) {
        if (s.agreesOnAll()) {
            return false;
        }
        try {
            out.write(JSON.writeValueAsString(record(s, ingestError)));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    static ObjectNode record(RowScore s, String ingestError) {
        ObjectNode o = JSON.createObjectNode();
        AcledRow r = s.row();
        o.put("id", r.id());
        o.put("line", r.line());
        var fields = o.putArray("disagree");
        s.trials().forEach((f, t) -> {
            if (t.disagrees()) {
                fields.add(f.label());
            }
        });
        ObjectNode coded = o.putObject("coded");
        coded.put("event_date", r.dateCell());
        coded.put("event_type", r.eventType());
        coded.put("sub_event_type", r.subEventType());
        coded.put("actor1", r.actor1());
        coded.put("inter1", r.inter1());
        coded.put("actor2", r.actor2());
        coded.put("inter2", r.inter2());
        coded.put("country", r.country());
        coded.put("admin1", r.admin1());
        coded.put("admin2", r.admin2());
        coded.put("admin3", r.admin3());
        coded.put("location", r.location());
        coded.put("latitude", r.latitude());
        coded.put("longitude", r.longitude());
        coded.put("fatalities", r.fatalities());
        o.put("notes", r.notes());
        o.put("mentions", s.mentions());
        if (s.km() != null) {
            o.put("km", Math.round(s.km() * 10) / 10.0);
        }
        if (ingestError != null) {
            o.put("not_read", ingestError);
        }
        o.set("sitrep", s.first() == null ? null : EventJson.mention(s.first()));
        return o;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
