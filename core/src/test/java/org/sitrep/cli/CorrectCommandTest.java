// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.fuse.Fuser;
import org.sitrep.model.Article;
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
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.store.EventJson;
import org.sitrep.store.EventQuery;
import org.sitrep.store.JdbcEventStore;
import org.sitrep.store.StoreIngest;

/** sitrep correct: split, merge, set, undo, list and import on a store filled with reports written for the test. */
class CorrectCommandTest {
    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private final Map<String, List<EventMention>> mentions = new LinkedHashMap<>();
    private final List<Article> articles = new ArrayList<>();

    private void report(String doc, String town, long geonameId, long fatalities) {
        Place p = new Place(town, "Testland", "TL", "North", null, null, 10.0, 20.0, 1, List.of(), geonameId, town);
        String text = "Shells fell on " + town + " on Friday, killing " + fatalities + " people, said a " + doc + " correspondent.";
        mentions.put(doc, List.of(new EventMention(doc + "-m1",
                new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack"), Status.OCCURRED, false,
                new EventDate(LocalDate.of(2024, 2, 9), null, DatePrecision.DAY, "on Friday", DateBasis.TEXT), p, null, null,
                null, null, Map.of(CountRole.FATALITIES, new Count(fatalities, Qualifier.EXACT, fatalities + " people")),
                List.of(new Source(doc, doc + ".example", null, text, 0, text.length(), List.of())), List.of(), "shells", "SHELL")));
        articles.add(new Article(doc, doc + ".example", null, LocalDate.of(2024, 2, 10), null, text, null, doc));
    }

    private Path store(String name) {
        Path db = tmp.resolve(name);
        try (JdbcEventStore s = JdbcEventStore.openH2(db)) {
            new StoreIngest(s, new Fuser(Gazetteer.load()), a -> mentions.get(a.docId())).ingest(articles);
        }
        return db;
    }

    private static String eventOf(Path db, String mention) {
        try (JdbcEventStore s = JdbcEventStore.openH2(db)) {
            return s.events(EventQuery.all()).stream().filter(e -> e.path("mention_ids").toString().contains(mention))
                    .map(e -> e.path("id").asText()).findFirst().orElseThrow();
        }
    }

    private static JsonNode event(Path db, String mention) {
        try (JdbcEventStore s = JdbcEventStore.openH2(db)) {
            return s.event(eventOf(db, mention)).orElseThrow();
        }
    }

    @Test
    void anAnalystSplitsMergesSetsUndoesListsAndImports() throws Exception {
        report("north-wire", "Lindenfeld", 301, 6);
        report("south-daily", "Lindenfeld", 301, 8);
        report("east-radio", "Marrow Hill", 302, 2);
        Path db = store("db");
        String d = db.toString();
        assertThat(event(db, "north-wire-m1").path("mention_ids")).hasSize(2);

        Run split = run("correct", "split", eventOf(db, "north-wire-m1"), "south-daily", "--by", "alice",
                "--note", "an earlier barrage", "--db", d);
        assertThat(split.exit()).as(split.err()).isZero();
        assertThat(split.out()).matches("(?s)cor-[0-9a-f]{12}: split south-daily off ev-[0-9a-f]+; events now: ev-.*");
        assertThat(event(db, "north-wire-m1").path("mention_ids")).hasSize(1);

        Run merge = run("correct", "merge", eventOf(db, "north-wire-m1"), eventOf(db, "east-radio-m1"), "--by", "bob", "--db", d);
        assertThat(merge.exit()).as(merge.err()).isZero();
        assertThat(event(db, "east-radio-m1").path("mention_ids").toString()).contains("north-wire-m1");

        Run set = run("correct", "set", eventOf(db, "east-radio-m1"), "fatalities", "9", "--by", "alice", "--db", d);
        assertThat(set.exit()).as(set.err()).isZero();
        JsonNode corrected = event(db, "east-radio-m1");
        assertThat(corrected.path("counts").path("fatalities").path("value").asLong()).isEqualTo(9);

        Run list = run("correct", "list", "--db", d);
        assertThat(list.out().lines()).hasSize(3);
        assertThat(list.out()).contains("alice  split south-daily-m1 off north-wire-m1  (an earlier barrage)")
                .contains("bob  merge ").contains("set fatalities = 9");

        Run json = run("correct", "list", "--json", "--db", d);
        JsonNode exported = EventJson.mapper().readTree(json.out());
        assertThat(exported).hasSize(3);
        Path file = tmp.resolve("corrections.json");
        Files.writeString(file, json.out());

        // the same articles into a new store, the export imported: the same corrected event
        Path other = store("other");
        Run imported = run("correct", "import", file.toString(), "--db", other.toString());
        assertThat(imported.out()).contains("3 corrections imported, 0 stored already");
        assertThat(event(other, "east-radio-m1")).isEqualTo(corrected);

        String setId = exported.get(2).path("id").asText();
        Run undo = run("correct", "undo", setId, "--by", "carol", "--db", d);
        assertThat(undo.exit()).as(undo.err()).isZero();
        assertThat(event(db, "east-radio-m1").path("counts").path("fatalities").path("value").asLong()).isEqualTo(2);
        assertThat(run("correct", "list", "--db", d).out()).contains("[undone by carol at ");
    }

    @Test
    void aListedNoteStaysOneLineAndCannotDriveTheTerminal() throws Exception {
        report("north-wire", "Lindenfeld", 301, 6);
        report("south-daily", "Lindenfeld", 301, 8);
        Path db = store("db");
        Run split = run("correct", "split", eventOf(db, "north-wire-m1"), "south-daily", "--by", "alice",
                "--note", "an earlier barrage\nforged line\u001B[2J", "--db", db.toString());
        assertThat(split.exit()).as(split.err()).isZero();
        Run list = run("correct", "list", "--db", db.toString());
        assertThat(list.out().lines()).hasSize(1);
        assertThat(list.out()).doesNotContain("\u001B").contains("(an earlier barrage?forged line?[2J)");
    }

    @Test
    void refusalsSayWhyWithExitCode1AndBadCommandLinesExit2() throws Exception {
        report("north-wire", "Lindenfeld", 301, 6);
        String d = store("db").toString();
        Run unknown = run("correct", "merge", "ev-000000000000", "ev-111111111111", "--by", "alice", "--db", d);
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("sitrep correct merge: no event ev-000000000000").doesNotContain("Exception");
        Run undo = run("correct", "undo", "cor-123456789abc", "--by", "alice", "--db", d);
        assertThat(undo.exit()).isEqualTo(1);
        assertThat(undo.err()).contains("no correction cor-123456789abc");
        Run noName = run("correct", "set", "ev-1", "fatalities", "3", "--db", d);
        assertThat(noName.exit()).isEqualTo(2);
        assertThat(noName.err()).contains("--by").contains("See 'sitrep correct set --help'.");
        Path broken = tmp.resolve("broken.json");
        java.nio.file.Files.writeString(broken, "[{\"id\": \"cor-12ab\", \"kind\": \"split\"}]");
        Run extract = run("extract", tmp.toString(), "--out", tmp.resolve("out").toString(), "--corrections", broken.toString());
        assertThat(extract.exit()).as("refused before any model loads").isEqualTo(2);
        assertThat(extract.err()).contains("--corrections").contains("correction cor-12ab has no mention_ids");
        Run report = run("report", tmp.toString(), "--out", tmp.resolve("rep").toString(), "--corrections", broken.toString());
        assertThat(report.exit()).as("report refuses it before any model loads too").isEqualTo(2);
        assertThat(report.err()).contains("--corrections").contains("correction cor-12ab has no mention_ids");
        Path latin1 = tmp.resolve("latin1.json");
        java.nio.file.Files.write(latin1, "[{\"note\": \"caf\u00e9\"}]".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Run notUtf8 = run("correct", "import", latin1.toString(), "--db", d);
        assertThat(notUtf8.exit()).isEqualTo(1);
        assertThat(notUtf8.err()).contains(latin1 + ": not UTF-8 text; an export is UTF-8 JSON").doesNotContain("Exception");
        Run help = run("correct", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("split").contains("merge").contains("undo").contains("Examples:");
    }
}
