// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.ingest;

/**
 * Something in an input that was read but left out, said so the sender can fix it: the input still counts.
 *
 * @param input  the file and line ({@code file.jsonl:LINE}) where it is first seen
 * @param reason what was left out and why
 */
public record IngestWarning(String input, String reason) implements java.io.Serializable {
}
