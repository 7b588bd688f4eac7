package org.sitrep.spark;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Correction;

/**
 * What one Spark run reads and writes.
 *
 * @param inputs        JSONL or Parquet files, or folders of them, on any Hadoop-compatible file system
 * @param output        where mentions.jsonl, events.jsonl, events.csv, errors.jsonl and parquet/ go
 * @param work          checkpoint folder: finished shards are kept here, so a killed run resumes
 * @param articlesPerShard articles per shard, the unit of work that is checkpointed
 * @param corrections   analysts' corrections to fuse with (a `sitrep correct list --json` export), as the CLI's
 *                      {@code extract --corrections} does
 */
public record JobConfig(List<String> inputs, String output, String work, int articlesPerShard,
                        List<Correction> corrections) {
    public static final int DEFAULT_ARTICLES_PER_SHARD = 100;

    /** Without corrections. */
    public JobConfig(List<String> inputs, String output, String work, int articlesPerShard) {
        this(inputs, output, work, articlesPerShard, List.of());
    }

    public JobConfig {
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(work, "work");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given");
        }
        if (articlesPerShard <= 0) {
            throw new IllegalArgumentException("articlesPerShard must be positive: " + articlesPerShard);
        }
    }
}
