package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.fuse.FusionBlock;
import org.sitrep.fuse.Fuser;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Source;
import org.sitrep.model.Status;

/**
 * A store written before fusion blocks were typed (schema 1.4, one {@code fuse_block} string with "?" for "no place"
 * and "null" for "no country code") opens with every mention, each in the block the current code gives it.
 */
class FuseBlockMigrationTest {
    private static final EventType SHELLING = new EventType("Explosions/Remote violence",
            "Shelling/artillery/missile attack");
    private static final EventType PROTEST = new EventType("Protests", "Peaceful protest");

    @TempDir
    Path dir;

    private static EventMention mention(String doc, EventType type, Place place) {
        return new EventMention(doc + "-m-0-40", type, Status.OCCURRED, false,
                new EventDate(LocalDate.of(2019, 5, 14), null, DatePrecision.DAY, "on Tuesday", DateBasis.TEXT),
                place, null, null, null, null, Map.of(CountRole.FATALITIES, new Count(3L, Qualifier.EXACT, "three people")),
                List.of(new Source(doc, "outlet-" + doc, null, "Shells fell on the market square on Tuesday.", 0, 40,
                        List.of())), List.of(), "fell", "SHELL");
    }

    private static Place place(String countryCode, String admin1Code) {
        return new Place("Kassala", "Sudan", countryCode, "Kassala", admin1Code, null, 15.45, 36.4, 1, List.of(),
                null, "Kassala");
    }

    /** Each mention with the fuse_block string the code before typed blocks wrote for it. */
    private static Map<EventMention, String> oldRows() {
        Map<EventMention, String> rows = new LinkedHashMap<>();
        rows.put(mention("d1", SHELLING, place("SD", "SD.05")), "violent|SD");
        rows.put(mention("d2", SHELLING, null), "violent|?");
        rows.put(mention("d3", SHELLING, place(null, null)), "violent|null");
        rows.put(mention("d4", PROTEST, place("SD", "SD.05")), "protest|SD");
        rows.put(mention("d5", SHELLING, place("SD", null)), "violent|SD");
        rows.put(mention("d6", SHELLING, null), "violent|?");
        return rows;
    }

    /** A database at schema 1.4 holding the rows as the old code stored them. */
    private void writeOldStore(Map<EventMention, String> rows) throws Exception {
        String url = JdbcEventStore.h2Url(dir);
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1.4").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            for (Map.Entry<EventMention, String> r : rows.entrySet()) {
                EventMention m = r.getKey();
                String doc = m.docId();
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles (doc_id, content_hash, text, "
                        + "mention_count, ingested_at) VALUES (?, ?, ?, 1, ?)")) {
                    ps.setString(1, doc);
                    ps.setString(2, "hash-" + doc);
                    ps.setString(3, m.sources().get(0).sentence());
                    ps.setTimestamp(4, Timestamp.from(Instant.parse("2019-05-15T08:00:00Z")));
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO mentions (id, doc_id, event_type, "
                        + "sub_event_type, status, frame, fuse_block, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, m.id());
                    ps.setString(2, doc);
                    ps.setString(3, m.type().eventType());
                    ps.setString(4, m.type().subEventType());
                    ps.setString(5, m.status().code());
                    ps.setString(6, m.frame());
                    ps.setString(7, r.getValue());
                    ps.setString(8, SqlValues.json(EventJson.mention(m)));
                    ps.executeUpdate();
                }
            }
        }
    }

    @Test
    void anOldStoreKeepsEveryMentionInItsBlock() throws Exception {
        Map<EventMention, String> rows = oldRows();
        writeOldStore(rows);
        List<EventMention> written = new ArrayList<>(rows.keySet());
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            assertThat(store.mentionCount()).isEqualTo(written.size());
            assertThat(store.allMentions()).containsExactlyElementsOf(written);
            Set<FusionBlock> expected = new TreeSet<>();
            written.forEach(m -> expected.add(Fuser.blockKey(m)));
            assertThat(store.allBlocks()).containsExactlyElementsOf(expected).hasSize(4);
            for (FusionBlock b : expected) {
                assertThat(store.mentionsInBlocks(List.of(b)))
                        .containsExactlyElementsOf(written.stream().filter(m -> Fuser.blockKey(m).equals(b)).toList());
            }
            assertThat(store.blocksOf(List.of("d2-m-0-40", "d3-m-0-40")))
                    .containsExactly(new FusionBlock("violent", false, null), new FusionBlock("violent", true, null));
            assertThat(store.mentionsInBlocks(expected)).containsExactlyElementsOf(written);
        }
    }

    @Test
    void theOldStringBecomesTypedColumns() throws Exception {
        writeOldStore(oldRows());
        JdbcEventStore.openH2(dir).close();
        List<String> read = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(JdbcEventStore.h2Url(dir), "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT id, fuse_class, fuse_placed, fuse_country FROM mentions ORDER BY seq")) {
            while (rs.next()) {
                read.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(3) + " " + rs.getString(4));
            }
        }
        assertThat(read).containsExactly("d1-m-0-40 violent true SD", "d2-m-0-40 violent false null",
                "d3-m-0-40 violent true null", "d4-m-0-40 protest true SD", "d5-m-0-40 violent true SD",
                "d6-m-0-40 violent false null");
    }

    @Test
    void aNewMentionMeetsTheMigratedOnesOfItsBlock() throws Exception {
        writeOldStore(oldRows());
        EventMention later = mention("d7", SHELLING, place("SD", "SD.05"));
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            store.addArticle(new org.sitrep.model.Article("d7", "outlet-d7", null, LocalDate.of(2019, 5, 15), null,
                    later.sources().get(0).sentence(), "hash-d7", "test"), List.of(later));
            assertThat(store.mentionsInBlocks(List.of(Fuser.blockKey(later)))).extracting(EventMention::id)
                    .containsExactly("d1-m-0-40", "d5-m-0-40", "d7-m-0-40");
            assertThat(store.mentionsInBlocks(List.of(new FusionBlock("violent", false, null))))
                    .extracting(EventMention::id).containsExactly("d2-m-0-40", "d6-m-0-40");
        }
    }
}
