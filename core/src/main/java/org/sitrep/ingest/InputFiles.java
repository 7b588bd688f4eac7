package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** File-level helpers: bounded reads, names, and readable reasons for I/O failures. */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * Reads the whole file, but checks its size first and never reads more than {@code maxBytes + 1}
     * bytes (the file may grow between the check and the read).
     */
    static byte[] readBounded(Path path, long maxBytes) throws IOException, RejectedInput {
        long size = Files.size(path);
        if (size > maxBytes) {
            throw tooBig(size, maxBytes, false);
        }
        int cap = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(cap);
        }
        if (bytes.length > maxBytes) {
            throw tooBig(bytes.length, maxBytes, true);
        }
        if (bytes.length == 0) {
            throw new RejectedInput("empty file (0 bytes)");
        }
        return bytes;
    }

    private static RejectedInput tooBig(long size, long limit, boolean atLeast) {
        return new RejectedInput("file is " + (atLeast ? "more than " : "") + size + " bytes (" + human(size)
                + "), larger than the limit of " + limit + " bytes (" + human(limit) + ", maxFileBytes)");
    }

    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** File name without its last extension: {@code 000_89de.txt} gives {@code 000_89de}. */
    static String baseName(Path path) {
        String name = fileName(path);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Lower-case extension without the dot, or "" when there is none. */
    static String extension(Path path) {
        String name = fileName(path);
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /** A reason a user can act on, for an I/O failure. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "file not found";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read file: permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        String msg = e.getMessage();
        return "cannot read file: " + e.getClass().getSimpleName() + (msg == null ? "" : " (" + msg + ")");
    }
}
