package org.sitrep.spark;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * For {@link SparkKillTest}'s child run only ({@code spark.hadoop.fs.file.impl}): the local file system, except
 * that once as many shards are committed as the system property {@value #LIMIT} says, every further commit (the
 * rename of a finished shard into place) waits until the process is killed. The kill then always comes after exactly that many shards and before the
 * end, however fast or slow the machine is.
 */
public class HoldingFileSystem extends LocalFileSystem {
    /** The system property giving how many shard commits go through. */
    static final String LIMIT = "sitrep.test.shardCommitsBeforeHold";
    private static final AtomicInteger COMMITS = new AtomicInteger();

    @Override
    public boolean rename(Path src, Path dst) throws IOException {
        if (dst.getName().matches("shard-\\d{6}\\.ser\\.gz")
                && COMMITS.incrementAndGet() > Integer.getInteger(LIMIT, Integer.MAX_VALUE)) {
            holdUntilKilled();
        }
        return super.rename(src, dst);
    }

    private static void holdUntilKilled() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // a cancelled task must not commit either: only the kill ends this
            }
        }
    }
}
