package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Account;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.Source;

/**
 * A store written before the filter tables (schema 1.5: each event's outlets and actors in one column of events,
 * lower case, each value between newlines, found with LIKE) opens under the current code with every row kept and
 * the same answer to each outlet and actor query as the old code gave on it, and as a store the current code wrote
 * gives; articles added afterwards fuse with the migrated ones. On H2 always; on PostgreSQL when SITREP_PG_URL
 * names a scratch database (its store tables are dropped and recreated).
 */
class EventFilterMigrationTest {
    /** Longer than the tables' 500 characters: the old column held it whole. */
    private static final String LONG_NAME = "Front for the Liberation of the Northern Hills ".repeat(12);
    /** Names with LIKE's wildcards and escape, mixed case, a non-ASCII letter, and one over the length limit. */
    private static final List<String> ACTORS = List.of("Police Forces (Country 1)", "Militia_A 100%", "Rebels!",
            LONG_NAME, "Civilians (Country 2)", "Ünited Fighters");
    /** Outlets likewise; null stands for an unknown outlet, whose filter value is the article id. */
    private static final String[] OUTLETS = {"Wire_One", "wire%two", "The Daily!", null, "Ünited Wire"};
    private static final int OLD_ARTICLES = 150;

    @TempDir
    Path dir;

    /** Synthetic articles whose mentions name actors and whose outlets hold LIKE's special characters, or none. */
    private static final class Corpus {
        final List<Article> articles = new ArrayList<>();
        final Map<String, List<EventMention>> mentions = new LinkedHashMap<>();

        Corpus() {
            SyntheticArticles syn = new SyntheticArticles(220, 23);
            int i = 0;
            for (Article a : syn.articles) {
                String outlet = OUTLETS[i % OUTLETS.length];
                List<EventMention> ms = new ArrayList<>();
                for (EventMention m : syn.read(a)) {
                    Actor actor1 = new Actor(ACTORS.get(i % ACTORS.size()), ActorType.POLITICAL_MILITIA, null);
                    Actor actor2 = i % 3 == 0 ? null : new Actor(ACTORS.get((i * 7 + 3) % ACTORS.size()),
                            ActorType.CIVILIANS, null);
                    Source s = m.sources().get(0);
                    ms.add(new EventMention(m.id(), m.type(), m.status(), m.aggregate(), m.date(), m.location(),
                            m.origin(), m.destination(), actor1, actor2, m.counts(),
                            List.of(new Source(s.docId(), outlet, null, s.sentence(), s.start(), s.end(), List.of())),
                            m.deniedBy(), m.trigger(), m.frame()));
                    i++;
                }
                articles.add(new Article(a.docId(), outlet, a.url(), a.published(), a.title(), a.text(), a.contentHash(),
                        a.input()));
                mentions.put(a.docId(), ms);
            }
        }

        StoreIngest ingest(EventStore store) {
            return new StoreIngest(store, SyntheticArticles.fuser(), a -> mentions.get(a.docId()));
        }
    }

    /** The filter column as the code before version 1.6 wrote it (EventFilter.listColumn of that version). */
    private static String oldColumn(List<String> values) {
        Set<String> distinct = new LinkedHashSet<>();
        values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> distinct.add(v.toLowerCase(Locale.ROOT)));
        return distinct.isEmpty() ? null : "\n" + String.join("\n", distinct) + "\n";
    }

    /** The LIKE pattern the code before version 1.6 matched one value with (EventFilter.listPattern of that version). */
    private static String oldPattern(String value) {
        String v = value.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%\n" + v + "\n%";
    }

    /** Every value the filters can be asked for, as written, upper-cased, and a few that match nothing whole. */
    private static List<String> askedValues(Corpus corpus) {
        Set<String> values = new LinkedHashSet<>(ACTORS);
        corpus.articles.forEach(a -> values.add(a.outlet() != null ? a.outlet() : a.docId()));
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.add(v);
            out.add(v.toUpperCase(Locale.ROOT));
        }
        out.addAll(List.of("rebels", "militia_a 100", "%", "_", "wire", "front for the liberation", ""));
        return out;
    }

    @Test
    void anOldH2StoreAnswersAsBeforeAndLosesNothing() throws Exception {
        Path old = dir.resolve("old");
        migrateAndCompare(JdbcEventStore.h2Url(old), "sa", "");
    }

    @Test
    void anOldPostgresStoreAnswersAsBeforeAndLosesNothing() throws Exception {
        String url = System.getenv("SITREP_PG_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "SITREP_PG_URL is not set");
        String user = System.getenv().getOrDefault("SITREP_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("SITREP_PG_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS correction_mentions, corrections, disputes, event_outlets, event_actors, "
                    + "event_mentions, events, mentions, articles, writer_lock, flyway_schema_history");
        }
        migrateAndCompare(url, user, password);
    }

    private void migrateAndCompare(String oldUrl, String user, String password) throws Exception {
        Corpus corpus = new Corpus();
        List<Article> first = corpus.articles.subList(0, OLD_ARTICLES);
        Path partDir = dir.resolve("part");
        Path allDir = dir.resolve("all");
        try (JdbcEventStore part = JdbcEventStore.openH2(partDir); JdbcEventStore all = JdbcEventStore.openH2(allDir)) {
            corpus.ingest(part).ingest(first);
            corpus.ingest(all).ingest(corpus.articles);
        }
        Flyway.configure().dataSource(oldUrl, user, password).locations("classpath:db/migration").target("1.5").load()
                .migrate();
        List<String> asked = askedValues(corpus);
        Map<String, List<String>> oldAnswers = new LinkedHashMap<>();
        try (Connection from = DriverManager.getConnection(JdbcEventStore.h2Url(partDir), "sa", "");
             Connection to = DriverManager.getConnection(oldUrl, user, password)) {
            writeOldRows(from, to);
            for (String v : asked) {
                oldAnswers.put("actor " + v, oldQuery(to, "actors", v));
                oldAnswers.put("outlet " + v, oldQuery(to, "outlets", v));
            }
        }
        assertThat(oldAnswers.values().stream().filter(ids -> !ids.isEmpty()).count()).as("the old store answers")
                .isGreaterThan(ACTORS.size() * 2L);

        try (JdbcEventStore migrated = JdbcEventStore.open(oldUrl, user, password);
             JdbcEventStore part = JdbcEventStore.openH2(partDir)) {
            assertThat(migrated.integrityProblems()).isEmpty();
            assertThat(migrated.articleCount()).isEqualTo(part.articleCount());
            assertThat(migrated.allMentions()).containsExactlyElementsOf(part.allMentions());
            assertThat(migrated.events(EventQuery.all().limit(100_000)))
                    .containsExactlyElementsOf(part.events(EventQuery.all().limit(100_000)));
            for (String v : asked) {
                EventQuery byActor = EventQuery.all().actor(v).limit(100_000);
                EventQuery byOutlet = EventQuery.all().outlet(v).limit(100_000);
                assertThat(ids(migrated.events(byActor))).as("actor " + v).isEqualTo(oldAnswers.get("actor " + v))
                        .isEqualTo(ids(part.events(byActor)));
                assertThat(ids(migrated.events(byOutlet))).as("outlet " + v).isEqualTo(oldAnswers.get("outlet " + v))
                        .isEqualTo(ids(part.events(byOutlet)));
                assertThat(migrated.count(byActor)).isEqualTo(oldAnswers.get("actor " + v).size());
            }
            EventQuery both = EventQuery.all().actor("rebels!").outlet("WIRE_ONE").limit(100_000);
            assertThat(ids(migrated.events(both))).isEqualTo(ids(part.events(both)));

            corpus.ingest(migrated).ingest(corpus.articles.subList(OLD_ARTICLES, corpus.articles.size()));
            try (JdbcEventStore all = JdbcEventStore.openH2(allDir)) {
                assertThat(migrated.integrityProblems()).isEmpty();
                assertThat(new TreeSet<>(strings(migrated.events(EventQuery.all().limit(100_000)))))
                        .isEqualTo(new TreeSet<>(strings(all.events(EventQuery.all().limit(100_000)))));
                for (String v : asked) {
                    EventQuery byActor = EventQuery.all().actor(v).limit(100_000);
                    assertThat(ids(migrated.events(byActor))).as("actor " + v).isEqualTo(ids(all.events(byActor)));
                }
            }
        }
        try (Connection c = DriverManager.getConnection(oldUrl, user, password)) {
            Set<String> columns = columns(c, "events");
            assertThat(columns).doesNotContain("outlets", "actors");
        }
    }

    /**
     * Copies the current store's rows into a database at schema 1.5, writing each event's outlets and actors
     * columns as the old code did, from the event itself.
     */
    private static void writeOldRows(Connection from, Connection to) throws SQLException {
        copy(from, to, "articles", "doc_id");
        copy(from, to, "mentions", "seq");
        copy(from, to, "events", "id");
        copy(from, to, "event_mentions", "event_id, mention_id");
        copy(from, to, "disputes", "event_id, ordinal");
    }

    private static void copy(Connection from, Connection to, String table, String order) throws SQLException {
        List<String> columns = new ArrayList<>(columns(to, table));
        columns.remove("seq"); // an identity: the target numbers the rows, in the source's order
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        try (Statement st = from.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY " + order);
             PreparedStatement ps = to.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                     + ") VALUES (" + marks + ")")) {
            while (rs.next()) {
                Event event = table.equals("events") ? EventReader.read(SqlValues.parse(rs.getString("json"))) : null;
                for (int i = 0; i < columns.size(); i++) {
                    String c = columns.get(i);
                    if (c.equals("outlets")) {
                        ps.setString(i + 1, oldColumn(event.accounts().stream().map(Account::label).toList()));
                    } else if (c.equals("actors")) {
                        ps.setString(i + 1, oldColumn(EventRows.actorNames(event)));
                    } else {
                        ps.setObject(i + 1, rs.getObject(c));
                    }
                }
                ps.executeUpdate();
            }
        }
    }

    private static Set<String> columns(Connection c, String table) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                out.add(md.getColumnName(i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The ids the code before version 1.6 answered a filter with, in the events query's order. */
    private static List<String> oldQuery(Connection c, String column, String value) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM events WHERE " + column + " LIKE ? ESCAPE '!' "
                + "ORDER BY date DESC NULLS LAST, id")) {
            ps.setString(1, oldPattern(value));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static List<String> ids(List<JsonNode> events) {
        return events.stream().map(e -> e.path("id").asText()).toList();
    }

    private static List<String> strings(List<JsonNode> events) {
        return events.stream().map(JsonNode::toString).toList();
    }
}
