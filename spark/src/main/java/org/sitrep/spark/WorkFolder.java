package org.sitrep.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job's work folder, where finished shards are checkpointed ({@link ShardStore}): its manifest ties it to one
 * input and shard size, since resuming another run's checkpoint would mix outputs.
 */
final class WorkFolder {
    private WorkFolder() {
    }

    /** The manifest of a run: how many articles are read, in shards of what size, and which (their fingerprint). */
    static String manifest(int articles, int articlesPerShard, String fingerprint) {
        return "articles\t" + articles + "\narticlesPerShard\t" + articlesPerShard + "\nfingerprint\t" + fingerprint + "\n";
    }

    /**
     * Writes the manifest into a new work folder, or refuses a folder whose manifest differs; drops the unfinished
     * shards of killed tasks.
     */
    static void check(JobConfig config, Configuration conf, int articles, String fingerprint) throws IOException {
        String manifest = manifest(articles, config.articlesPerShard(), fingerprint);
        Path path = new Path(config.work(), "manifest.tsv");
        FileSystem fs = path.getFileSystem(conf);
        if (fs.exists(path)) {
            try (FSDataInputStream in = fs.open(path)) {
                String old = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (!old.equals(manifest)) {
                    throw new IllegalStateException("work folder " + config.work() + " holds the checkpoint of a "
                            + "different input or shard size; give a new --work folder or delete this one");
                }
            }
        } else {
            fs.mkdirs(path.getParent());
            try (OutputStream out = fs.create(path, true)) {
                out.write(manifest.getBytes(StandardCharsets.UTF_8));
            }
        }
        for (FileStatus f : fs.exists(ShardStore.dir(config.work())) ? fs.listStatus(ShardStore.dir(config.work()))
                : new FileStatus[0]) {
            if (f.getPath().getName().startsWith("_tmp-")) {
                fs.delete(f.getPath(), false);   // a killed task's unfinished shard
            }
        }
    }
}
