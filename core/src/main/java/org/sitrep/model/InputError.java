package org.sitrep.model;

import java.io.Serializable;

/**
 * An input that could not be processed, and why. Written to {@code errors.jsonl}.
 *
 * @param input  the file (and record number, for JSONL) that failed
 * @param stage  the pipeline stage that rejected it: ingest, annotate, extract, ...
 * @param reason a human-readable reason naming what is wrong with the input
 */
public record InputError(String input, String stage, String reason) implements Serializable {
}
