package org.sitrep.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.sitrep.common.StageClock;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipeline.Processed;
import scala.Tuple2;

/** The process step on an executor: one shard's articles through core's pipeline, then the shard committed. */
final class ShardWork {
    /** An article waiting in its shard, with its rank in input order. */
    record Queued(long rank, Article article) implements Serializable {
    }

    /** One finished shard's figures. */
    record ShardRun(int shard, long articles, long tokens, long annotate, long extract, long resolve)
            implements Serializable {
    }

    private ShardWork() {
    }

    /** Runs one shard's articles through the pipeline, in input order, and commits the shard. */
    static Iterator<ShardRun> process(Iterator<Tuple2<Integer, Queued>> part, String work, Configuration conf)
            throws IOException {
        if (!part.hasNext()) {
            return Collections.emptyIterator();
        }
        List<Tuple2<Integer, Queued>> items = new ArrayList<>();
        part.forEachRemaining(items::add);
        items.sort(Comparator.comparingLong(i -> i._2().rank()));
        int shard = items.get(0)._1();
        Pipeline pipeline = Models.pipeline();
        long[] nanos = new long[3];
        StageClock clock = (stage, n) -> nanos[switch (stage) {
            case "annotate" -> 0;
            case "extract" -> 1;
            default -> 2;
        }] += n;
        List<ShardStore.Ranked> out = new ArrayList<>(items.size());
        long tokens = 0;
        for (Tuple2<Integer, Queued> i : items) {
            Processed p = pipeline.process(i._2().article(), clock);
            tokens += p.tokens();
            out.add(new ShardStore.Ranked(i._2().rank(), p));
        }
        ShardStore.commit(work, shard, out, conf);
        return List.of(new ShardRun(shard, items.size(), tokens, nanos[0], nanos[1], nanos[2])).iterator();
    }

    /** The job's Hadoop settings (file systems, credentials) for the executors, which need them to write shards. */
    static HashMap<String, String> settings(Configuration conf) {
        HashMap<String, String> out = new HashMap<>();
        conf.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The settings back as a configuration, on an executor. */
    static Configuration hadoop(Map<String, String> settings) {
        Configuration conf = new Configuration(false);
        settings.forEach(conf::set);
        return conf;
    }
}
