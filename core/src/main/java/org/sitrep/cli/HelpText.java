// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

/** Help footers shared by several commands (compile-time constants, as picocli annotations need). */
final class HelpText {
    static final String FORMATS = "%nInput formats:%n"
            + "  .txt    the article text; an optional first line ' date YYYY-MM-DD' gives the publication day%n"
            + "  .jsonl  one article per line: {\"id\", \"url\", \"outlet\", \"published\", \"title\", \"text\"}%n"
            + "  .html   the main text is extracted; title, date and outlet from the page's metadata%n"
            + "  Folders are read recursively (hidden files skipped).%n"
            + "%nLimits:%n"
            + "  a .txt or .html file up to 5 MB (--max-file-mb, where the command takes it); a JSONL line up to%n"
            + "  1 MB; ids up to 200 characters without control characters; texts shorter than 40 characters,%n"
            + "  binary, non-UTF-8 or non-English inputs are listed in errors, the others processed.%n"
            + "%nExit codes: 0 done, 1 failed, 2 bad command line or missing input.%n";

    static final String STORE = "%nThe store is an embedded H2 database in --db (default sitrep-data/). serve, ingest and%n"
            + "watch may run at the same time on one store: the first process opens it and the others connect%n"
            + "to it (H2 automatic mixed mode). --db jdbc:postgresql://HOST/DB uses PostgreSQL instead, with%n"
            + "SITREP_DB_USER and SITREP_DB_PASSWORD.%n";

    private HelpText() {
    }
}
