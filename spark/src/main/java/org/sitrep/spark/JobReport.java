package org.sitrep.spark;

import java.util.Map;

/**
 * What one Spark run did, for the operator and the cost-curve benchmark.
 *
 * @param articles      articles admitted, copies included
 * @param copies        articles whose text repeats an earlier article's (reported under their own ids)
 * @param errors        records or files rejected, and articles that failed
 * @param mentions      article-level mentions
 * @param events        fused events
 * @param shards        shards in the run
 * @param shardsRun     shards processed by this run; the rest were already checkpointed
 * @param tokens        tokens annotated by this run
 * @param stageNanos    time spent in annotate, extract and resolve, summed over all tasks of this run
 * @param phaseMillis   wall-clock time of the job's phases: read, process, infer, fuse, write
 */
public record JobReport(long articles, long copies, long errors, long mentions, long events, int shards,
                        int shardsRun, long tokens, Map<String, Long> stageNanos, Map<String, Long> phaseMillis) {
    public JobReport {
        stageNanos = Map.copyOf(stageNanos);
        phaseMillis = Map.copyOf(phaseMillis);
    }
}
