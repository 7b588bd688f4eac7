package org.sitrep.ingest;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.Article;
import org.sitrep.model.InputError;

/**
 * The ingest stage: turns article files ({@code .txt}, {@code .jsonl}, {@code .html}/{@code .htm}) into
 * {@link Article}s, and every input it cannot use into an {@link InputError} with the reason.
 *
 * <p>Bad input never throws; each bad file (or JSONL line) is reported and the others are still read.
 * Articles whose whitespace-normalized text was already accepted in the same call are kept as copies of
 * the first ({@link Article#copyOf}). Instances are immutable and may be shared between threads.
 */
public final class Ingest {
    /** Longest article id accepted, from a file, a feed or the API. */
    public static final int MAX_ID_CHARS = 200;

    private final IngestLimits limits;

    /** Ingest with {@linkplain IngestLimits#DEFAULTS default limits}. */
    public Ingest() {
        this(IngestLimits.DEFAULTS);
    }

    public Ingest(IngestLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads files and folders. Folders are walked recursively in sorted path order, skipping hidden
     * files and folders (names starting with a dot); the given inputs are read in the order given.
     */
    public IngestResult read(List<Path> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        IngestRun run = new IngestRun(limits);
        for (Path input : inputs) {
            Objects.requireNonNull(input, "inputs must not contain null");
            if (Files.isDirectory(input)) {
                readFolder(input, run);
            } else {
                readFile(input, run);
            }
        }
        return run.result();
    }

    /**
     * Why an article id cannot be used (a control character, longer than {@link #MAX_ID_CHARS}), or null when
     * it can: for callers that refuse a request before reading its text.
     */
    public static String idProblem(String id) {
        try {
            TextChecks.checkId(id);
            return null;
        } catch (RejectedInput e) {
            return e.reason();
        }
    }

    /**
     * Validates and ingests one text, as if it were a {@code .txt} file without a date line: the same
     * id, size, emptiness, binary, length and language checks apply. The error input is the docId.
     *
     * @param published publication date, or null when unknown
     */
    public IngestResult readString(String docId, String text, LocalDate published) {
        Objects.requireNonNull(docId, "docId");
        IngestRun run = new IngestRun(limits);
        if (text == null) {
            run.error(docId, "no text");
        } else if (TextChecks.utf8Length(text) > limits.maxFileBytes()) {
            run.error(docId, "text is " + TextChecks.utf8Length(text) + " bytes, larger than the limit of "
                    + limits.maxFileBytes() + " bytes (maxFileBytes)");
        } else {
            run.offer(docId, null, null, published, null, TextChecks.normalizeNewlines(text), docId);
        }
        return run.result();
    }

    /**
     * One line of a JSONL feed, checked as {@code .jsonl} files are read (size, binary, strict UTF-8,
     * fields, text checks) but without telling copies apart: for readers that split a feed across machines and
     * then feed the accepted articles, in input order, to a {@link Deduplicator}. A blank line gives an empty
     * result. A binary line is rejected alone, as a whole-file read rejects one after a first line of JSON; a file
     * that is binary from its start is one error there, and an error per line here.
     *
     * @param bytes      the line's bytes, valid up to {@code length}; a line over the record limit may pass fewer (or
     *                   none), since it is refused by its length alone
     * @param length     the line's length in bytes, without its line break
     * @param input      how errors name the line, {@code file.jsonl:LINE}
     * @param fallbackId the docId when the record has none, {@code file#LINE}
     */
    public IngestResult jsonlLine(byte[] bytes, long length, boolean firstLine, String input, String fallbackId) {
        IngestRun run = new IngestRun(limits, null);
        JsonlReader.line(bytes, length, firstLine, input, fallbackId, run, limits);
        return run.result();
    }

    private void readFile(Path path, IngestRun run) {
        String input = path.toString();
        try {
            if (Files.notExists(path)) {
                run.error(input, "file not found");
                return;
            }
            if (!Files.isRegularFile(path)) {
                run.error(input, "not a regular file");
                return;
            }
            switch (InputFiles.extension(path)) {
                case "txt" -> TxtReader.read(path, run, limits);
                case "jsonl" -> JsonlReader.read(path, run, limits);
                case "html", "htm" -> HtmlReader.read(path, run, limits);
                default -> run.error(input, "unsupported file type"
                        + (InputFiles.extension(path).isEmpty() ? " (no extension)" : ": ." + InputFiles.extension(path))
                        + "; expected .txt, .jsonl, .html or .htm");
            }
        } catch (RejectedInput e) {
            run.error(input, e.reason());
        } catch (IOException e) {
            run.error(input, InputFiles.reason(e));
        } catch (SecurityException e) {
            run.error(input, "cannot read file: " + e.getMessage());
        }
    }

    /** Walks the folder first, then reads in sorted order, so the result does not depend on the file system. */
    private void readFolder(Path root, IngestRun run) {
        record Entry(Path path, String failure) {
        }
        List<Entry> entries = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!hidden(file)) {
                                entries.add(new Entry(file, null));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!hidden(file)) {
                                entries.add(new Entry(file, InputFiles.reason(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            run.error(root.toString(), InputFiles.reason(e));
            return;
        }
        entries.sort(Comparator.comparing(Entry::path));
        for (Entry entry : entries) {
            if (entry.failure() != null) {
                run.error(entry.path().toString(), entry.failure());
            } else {
                readFile(entry.path(), run);
            }
        }
    }

    private static boolean hidden(Path path) {
        return InputFiles.fileName(path).startsWith(".");
    }
}
