// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.common.Printable;
import org.sitrep.fuse.Fuser;
import org.sitrep.model.Correction;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.store.CorrectionJson;
import org.sitrep.store.Corrections;
import org.sitrep.store.EventJson;
import org.sitrep.store.JdbcEventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "correct", mixinStandardHelpOptions = true,
        description = "Analysts' corrections of the stored events: split a report off an event, merge two events, "
                + "set a headline value, undo, list and import. Corrections are kept with who made them and when, "
                + "and hold through re-ingest and re-fusion (docs/corrections.md).",
        subcommands = {CorrectCommand.Split.class, CorrectCommand.Merge.class, CorrectCommand.SetValue.class,
                CorrectCommand.Undo.class, CorrectCommand.ListCorrections.class, CorrectCommand.Import.class},
        footer = {"%nExamples:",
                "  sitrep correct split ev-3f2a9c01b7d4 doc-17 --by alice \\",
                "      --note \"a different strike\"",
                "  sitrep correct merge ev-3f2a9c01b7d4 ev-81c0d2e4f5a6 --by alice",
                "  sitrep correct set ev-3f2a9c01b7d4 fatalities 15 --by alice \\",
                "      --note \"morgue list\"",
                "  sitrep correct undo cor-0a1b2c3d4e5f --by bob",
                "  sitrep correct list --json > corrections.json",
                "  sitrep correct import corrections.json --db rebuilt-store",
                "%nEvent ids change when an event's reports change: look them up again",
                "(sitrep serve, /api/events) after a correction. A report is named by its",
                "mention id (mention_ids in events.jsonl) or by its article's doc id. Fields:",
                "fatalities, injured, displaced (whole numbers), date (YYYY-MM-DD), location",
                "(a place name), sub_event_type (docs/ontology.md), status.",
                "%nExit codes: 0 done, 1 refused (the reason is printed), 2 bad command line.", HelpText.STORE})
final class CorrectCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options and plumbing of every subcommand: the store, the analyst, the note. */
    abstract static class Step implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Spec
        CommandLine.Model.CommandSpec spec;

        /** The correction, on an open store; prints what it did. */
        abstract void apply(JdbcEventStore db, Corrections corrections);

        /** Whether the step re-fuses (and so needs the gazetteer) or only reads. */
        boolean writes() {
            return true;
        }

        @Override
        public Integer call() {
            try (JdbcEventStore db = store.open()) {
                Corrections corrections = new Corrections(db, writes() ? new Fuser(Gazetteer.load()) : null);
                apply(db, corrections);
                return 0;
            } catch (Corrections.Refused e) {
                spec.commandLine().getErr().println(Printable.of("sitrep correct " + spec.name() + ": " + e.getMessage()));
                spec.commandLine().getErr().flush();
                return 1;
            }
        }

        void done(Corrections.Outcome o, String what) {
            spec.commandLine().getOut().printf("%s: %s; events now: %s%n", o.correction().id(), what,
                    String.join(", ", o.eventIds()));
            spec.commandLine().getOut().flush();
        }
    }

    abstract static class Made extends Step {
        @Option(names = "--by", required = true, paramLabel = "NAME", description = "who makes the correction (required)")
        String by;

        @Option(names = "--note", paramLabel = "TEXT", description = "why, in the analyst's words")
        String note;
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Split a report off an event: it becomes an event of its own and never rejoins those reports.")
    static final class Split extends Made {
        @Parameters(index = "0", paramLabel = "EVENT_ID")
        String event;

        @Parameters(index = "1", paramLabel = "REPORT", description = "a mention id of the event, or its article's doc id")
        String report;

        @Override
        void apply(JdbcEventStore db, Corrections c) {
            done(c.split(event, report, by, note), "split " + report + " off " + event);
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge two events into one.")
    static final class Merge extends Made {
        @Parameters(index = "0", paramLabel = "EVENT_ID")
        String event;

        @Parameters(index = "1", paramLabel = "OTHER_EVENT_ID")
        String other;

        @Override
        void apply(JdbcEventStore db, Corrections c) {
            done(c.merge(event, other, by, note), "merged " + event + " and " + other);
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Set a headline value of an event; the machine's value stays beside it.")
    static final class SetValue extends Made {
        @Parameters(index = "0", paramLabel = "EVENT_ID")
        String event;

        @Parameters(index = "1", paramLabel = "FIELD",
                description = "fatalities, injured, displaced, date, location, sub_event_type or status")
        String field;

        @Parameters(index = "2", paramLabel = "VALUE")
        String value;

        @Override
        void apply(JdbcEventStore db, Corrections c) {
            Corrections.Outcome o = c.set(event, field, value, by, note);
            done(o, "set " + o.correction().field() + " of " + event + " to " + o.correction().value());
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = "Undo a correction: the events are fused again without it; it stays listed, marked undone.")
    static final class Undo extends Step {
        @Parameters(index = "0", paramLabel = "CORRECTION_ID")
        String id;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "who undoes it (required)")
        String by;

        @Override
        void apply(JdbcEventStore db, Corrections c) {
            done(c.undo(id, by), "undone");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List every correction, undone ones too, oldest first; --json for the export that import reads.")
    static final class ListCorrections extends Step {
        @Option(names = "--json", description = "a JSON array, as GET /api/corrections answers")
        boolean json;

        @Override
        boolean writes() {
            return false;
        }

        @Override
        void apply(JdbcEventStore db, Corrections c) {
            List<Correction> all = c.list();
            var out = spec.commandLine().getOut();
            if (json) {
                ArrayNode a = EventJson.mapper().createArrayNode();
                all.forEach(x -> a.add(CorrectionJson.write(x)));
                out.println(a.toPrettyString());
            } else if (all.isEmpty()) {
                out.println("no corrections");
            } else {
                for (Correction x : all) {
                    // one line per correction: a note's line breaks and control characters (it may come from
                    // the API) are shown as '?'
                    out.println(Printable.of(String.format("%s  %s  %s  %s%s%s", x.id(), x.at(), x.by(), describe(x),
                            x.note() == null ? "" : "  (" + x.note() + ")",
                            x.active() ? "" : "  [undone by " + x.undoneBy() + " at " + x.undoneAt() + "]")));
                }
            }
            out.flush();
        }

        private static String describe(Correction x) {
            List<String> ids = x.mentionIds();
            return switch (x.kind()) {
                case SPLIT -> "split " + ids.get(0) + " off " + String.join(", ", ids.subList(1, ids.size()));
                case MERGE -> "merge " + String.join(", ", ids);
                case SET_VALUE -> "set " + x.field() + " = " + x.value() + " on the event of " + String.join(", ", ids);
            };
        }
    }

    /** Largest corrections export read: a million corrections take about 400 MB; a bigger file is not an export. */
    static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    /** A 'list --json' export, or a refusal saying why it cannot be read. */
    static List<Correction> readFile(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new Corrections.Refused(Corrections.Problem.INVALID, file + ": the file is "
                        + Files.size(file) + " bytes, larger than the limit of " + MAX_FILE_BYTES);
            }
            return CorrectionJson.readAll(Files.readString(file));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new Corrections.Refused(Corrections.Problem.INVALID, file + ": not UTF-8 text; an export is UTF-8 JSON");
        } catch (IOException e) {
            throw new Corrections.Refused(Corrections.Problem.INVALID, "cannot read " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new Corrections.Refused(Corrections.Problem.INVALID, file + ": " + e.getMessage());
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add the corrections of a 'list --json' export not stored yet, keeping who made them and "
                    + "when, and fuse the store again. Articles ingested later are fused with them.")
    static final class Import extends Step {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        void apply(JdbcEventStore db, Corrections c) {
            List<Correction> read = readFile(file);
            int added = c.importAll(read);
            spec.commandLine().getOut().printf("%d corrections imported, %d stored already%n", added, read.size() - added);
            spec.commandLine().getOut().flush();
        }
    }
}
