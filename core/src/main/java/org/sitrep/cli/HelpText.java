// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

/** Help footers shared by several commands (compile-time constants, as picocli annotations need). */
final class HelpText {
    // Each line at most 78 columns: picocli wraps longer footer lines at 80, leaving ragged stubs.
    static final String FORMATS = "%nInput formats:%n"
            + "  .txt    the article text; an optional first line ' date YYYY-MM-DD'%n"
            + "          gives the publication day%n"
            + "  .jsonl  one article per line:%n"
            + "          {\"id\", \"url\", \"outlet\", \"published\", \"title\", \"text\"};%n"
            + "          other fields are left out with a warning; HTML markup in a%n"
            + "          text or title is read as an .html page's is%n"
            + "  .html   the main text is extracted; title, date and outlet from the page's%n"
            + "          metadata%n"
            + "  Folders are read recursively (hidden files skipped).%n"
            + "%nLimits:%n"
            + "  a .txt or .html file up to 5 MB (--max-file-mb, where the command takes%n"
            + "  it); a JSONL line up to 1 MB; ids up to 200 characters without control%n"
            + "  characters. Texts shorter than 40 characters, binary, non-UTF-8 or%n"
            + "  non-English inputs, and a published date or date line that is not a date,%n"
            + "  are listed in errors; the others are processed.%n"
            + "%nExit codes: 0 done, 1 failed, 2 bad command line or missing input.%n";

    static final String STORE = "%nThe store is an embedded H2 database in --db (default sitrep-data/).%n"
            + "serve, ingest and watch may run at the same time on one store: the first%n"
            + "process opens it and the others connect to it (H2 automatic mixed mode).%n"
            + "--db jdbc:postgresql://HOST/DB uses PostgreSQL instead, with SITREP_DB_USER%n"
            + "and SITREP_DB_PASSWORD.%n";

    private HelpText() {
    }
}
