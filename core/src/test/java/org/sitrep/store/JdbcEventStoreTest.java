package org.sitrep.store;

import org.sitrep.model.ActorType;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Source;
import org.sitrep.model.Status;

/** The JDBC store on an embedded H2 file database. */
class JdbcEventStoreTest {
    @TempDir
    Path dir;

    @Test
    void migrationsCreateTheSchema() throws Exception {
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            assertThat(store.articleCount()).isZero();
        }
        List<String> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(JdbcEventStore.h2Url(dir), "sa", "");
             ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        assertThat(tables).contains("articles", "mentions", "events", "event_mentions", "disputes", "event_outlets", "event_actors",
                "flyway_schema_history");
        // opening again finds the schema current and changes nothing
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            assertThat(store.integrityProblems()).isEmpty();
        }
    }

    @Test
    void aMentionReadsBackFromItsJsonUnchanged() {
        EventMention m = new EventMention("d1-m-40-80", new EventType("Battles", "Armed clash"), Status.DISPUTED, true,
                new EventDate(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 4, 30), DatePrecision.MONTH, "in April", org.sitrep.model.DateBasis.TEXT,
                        org.sitrep.model.DateReference.CALENDAR),
                new Place("Douma", "Syria", "SY", "Rif Dimashq", "SY.08", null, 33.57, 36.4, 1, List.of("Duma", "Dūmā"), 170654L, "Duma"),
                null, new Place("Idlib", "Syria", "SY", "Idlib", null, null, null, null, 3, List.of(), null, null),
                new Actor("Military Forces of Syria", ActorType.STATE_FORCES, "Syrian troops"), null,
                Map.of(CountRole.FATALITIES, new Count(40L, Qualifier.AT_LEAST, "at least 40"), CountRole.INJURED, Count.vague("dozens")),
                List.of(new Source("d1", "example.org", "https://example.org/d1", "Troops clashed...", 40, 80, List.of("SANA"))),
                List.of(new Actor("Jaish al-Islam", ActorType.REBEL_GROUP, "a Jaish al-Islam spokesman")), "clashed", "CLASH");
        EventMention back = MentionJson.read(EventJson.storedMention(m), m.frame());
        assertThat(back).isEqualTo(m);
        assertThat(EventJson.storedMention(back)).isEqualTo(EventJson.storedMention(m));
    }

    @Test
    void synthethicMentionsReadBackUnchanged() {
        for (EventMention m : new SyntheticArticles(50, 3).allMentions()) {
            assertThat(MentionJson.read(EventJson.storedMention(m), m.frame())).isEqualTo(m);
        }
    }

    @Test
    void anAddedArticleIsStoredWithItsMentionsAndEvents() {
        SyntheticArticles syn = new SyntheticArticles(20, 5);
        Article a = syn.articles.get(0);
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            StoreIngest.Result r = syn.ingest(store).ingest(List.of(a));
            assertThat(r.added()).isEqualTo(1);
            assertThat(store.hasArticle(a.contentHash())).isTrue();
            assertThat(store.articleCount()).isEqualTo(1);
            assertThat(store.allMentions()).containsExactlyElementsOf(syn.read(a));
            assertThat(store.eventCount()).isEqualTo(1);
            JsonNode e = store.events(EventQuery.all()).get(0);
            assertThat(e.path("mention_ids").get(0).asText()).isEqualTo(syn.read(a).get(0).id());
            assertThat(store.event(e.path("id").asText())).contains(e);
            assertThat(store.event("ev-missing")).isEmpty();
            assertThat(store.integrityProblems()).isEmpty();
        }
    }

    @Test
    void queriesFilterByDateRegionTypeActorOutletAndStatus() {
        SyntheticArticles syn = new SyntheticArticles(300, 11);
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            syn.ingest(store).ingest(syn.articles);
            List<JsonNode> all = store.events(EventQuery.all().limit(10_000));
            assertThat(all).hasSize((int) store.eventCount());

            LocalDate from = LocalDate.of(2020, 3, 1);
            LocalDate to = LocalDate.of(2020, 3, 31);
            List<JsonNode> march = store.events(EventQuery.all().from(from).to(to).limit(10_000));
            assertThat(march).isNotEmpty().allMatch(e -> !LocalDate.parse(e.path("date").asText()).isBefore(from)
                    && !LocalDate.parse(e.path("date").asText()).isAfter(to));
            assertThat(march.size()).isEqualTo((int) all.stream().filter(e -> {
                LocalDate d = LocalDate.parse(e.path("date").asText());
                return !d.isBefore(from) && !d.isAfter(to);
            }).count());

            String country = all.get(0).path("location").path("country").asText();
            assertThat(store.events(EventQuery.all().region(country.toUpperCase()).limit(10_000)))
                    .isNotEmpty().allMatch(e -> e.path("location").path("country").asText().equals(country));
            String admin1 = all.get(0).path("location").path("admin1").asText();
            assertThat(store.events(EventQuery.all().region(admin1).limit(10_000)))
                    .isNotEmpty().allMatch(e -> e.path("location").path("admin1").asText().equals(admin1));
            String town = all.get(0).path("location").path("name").asText();
            assertThat(store.events(EventQuery.all().region(town.toLowerCase()).limit(10_000)))
                    .isNotEmpty().allMatch(e -> e.path("location").path("name").asText().equals(town));

            assertThat(store.events(EventQuery.all().eventType("armed clash").limit(10_000)))
                    .isNotEmpty().allMatch(e -> e.path("sub_event_type").asText().equals("Armed clash"));
            assertThat(store.events(EventQuery.all().eventType("Protests").limit(10_000)))
                    .isNotEmpty().allMatch(e -> e.path("event_type").asText().equals("Protests"));

            List<JsonNode> byOutlet = store.events(EventQuery.all().outlet("OUTLET2").limit(10_000));
            assertThat(byOutlet).isNotEmpty().allMatch(e -> accountOutlets(e).contains("outlet2"));
            assertThat(byOutlet.size()).isLessThan(all.size());
            assertThat(store.events(EventQuery.all().outlet("outlet").limit(10_000))).as("whole names only").isEmpty();
            assertThat(store.events(EventQuery.all().outlet("out%").limit(10_000))).as("no wildcards").isEmpty();

            assertThat(store.events(EventQuery.all().status(Status.OCCURRED).limit(10_000))).hasSize(all.size());
            assertThat(store.events(EventQuery.all().status(Status.DENIED))).isEmpty();
            assertThat(store.events(EventQuery.all().actor("Nobody"))).isEmpty();

            List<JsonNode> page1 = store.events(EventQuery.all().limit(5));
            List<JsonNode> page2 = store.events(EventQuery.all().limit(5).offset(5));
            assertThat(page1).hasSize(5).doesNotContainAnyElementsOf(page2);
            assertThat(page1).containsExactlyElementsOf(all.subList(0, 5));
            assertThat(page1.get(0).path("date").asText()).isGreaterThanOrEqualTo(page1.get(4).path("date").asText());
        }
    }

    @Test
    void actorFilterMatchesTheEventsAndAccountsActors() {
        Place place = new Place("Kajuru", "Nigeria", "NG", "Kaduna", null, null, 10.3, 7.7, 1, List.of(), 1L, null);
        EventMention m = new EventMention("k1-m", new EventType("Violence against civilians", "Attack"), Status.OCCURRED,
                false, new EventDate(LocalDate.of(2021, 3, 15), null, DatePrecision.DAY, "on Monday", org.sitrep.model.DateBasis.TEXT), place,
                null, null, new Actor("Unidentified Armed Group (Nigeria)", ActorType.POLITICAL_MILITIA, "gunmen"),
                new Actor("Civilians (Nigeria)", ActorType.CIVILIANS, "villagers"), Map.of(),
                List.of(new Source("k1", "example-wire.org", null, "Gunmen killed 12 villagers.", 0, 27, List.of())),
                List.of(), "killed", "ATTACK");
        Article a = new Article("k1", "example-wire.org", null, LocalDate.of(2021, 3, 16), null,
                "Gunmen killed 12 villagers.", "hash-k1", "k1");
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            new StoreIngest(store, SyntheticArticles.fuser(), x -> List.of(m)).ingest(List.of(a));
            assertThat(store.events(EventQuery.all().actor("civilians (nigeria)"))).hasSize(1);
            assertThat(store.events(EventQuery.all().actor("Civilians"))).isEmpty();
            assertThat(store.events(EventQuery.all().outlet("example-wire.org").region("kaduna"))).hasSize(1);
        }
    }

    @Test
    void aRegionQueryFindsAnAdmin1SpelledAsTheReportDidByTheGazetteersNameOrCode() {
        Place place = new Place("Butembo", "DR Congo", "CD", "Nord-Kivu", "CD.11", null, 0.14, 29.29, 1, List.of(), 2L,
                "Butembo");
        EventMention m = new EventMention("b1-m", new EventType("Violence against civilians", "Attack"), Status.OCCURRED,
                false, new EventDate(LocalDate.of(2020, 3, 14), null, DatePrecision.DAY, "on 14 March",
                org.sitrep.model.DateBasis.TEXT), place, null, null, null, null, Map.of(),
                List.of(new Source("b1", "radio.example", null, "Gunmen raided a market in Butembo.", 0, 34, List.of())),
                List.of(), "raided", "ATTACK");
        Article a = new Article("b1", "radio.example", null, LocalDate.of(2020, 3, 15), null,
                "Gunmen raided a market in Butembo.", "hash-b1", "b1");
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            new StoreIngest(store, SyntheticArticles.fuser(), x -> List.of(m)).ingest(List.of(a));
            for (String region : List.of("nord-kivu", "North Kivu", "cd.11")) {
                assertThat(store.events(EventQuery.all().region(region))).as(region).hasSize(1);
            }
            assertThat(store.events(EventQuery.all().region("South Kivu"))).isEmpty();
            assertThat(store.allMentions()).extracting(x -> x.location().admin1Code()).containsExactly("CD.11");
        }
    }

    private static List<String> accountOutlets(JsonNode e) {
        List<String> out = new ArrayList<>();
        e.path("accounts").forEach(a -> out.add(a.path("outlet").asText()));
        return out;
    }
}
