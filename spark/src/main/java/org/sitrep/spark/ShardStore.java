package org.sitrep.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sitrep.pipeline.Pipeline.Processed;

/**
 * The checkpoint: one file per finished shard under {@code WORK/processed/}. A shard file appears only
 * by rename after it is fully written, so a killed run leaves finished shards whole and unfinished ones
 * absent; a restart processes only the absent ones. A retried or speculative task that finds its shard
 * already committed discards its own copy, so nothing is ever counted twice.
 */
final class ShardStore {
    private static final String DIR = "processed";

    private ShardStore() {
    }

    /** One article's outcome and its rank in input order. */
    record Ranked(long rank, Processed processed) implements Serializable {
    }

    static Path dir(String work) {
        return new Path(work, DIR);
    }

    static String name(int shard) {
        return String.format("shard-%06d.ser.gz", shard);
    }

    /** The shards already committed. */
    static TreeSet<Integer> finished(String work, Configuration conf) {
        TreeSet<Integer> done = new TreeSet<>();
        try {
            Path dir = dir(work);
            FileSystem fs = dir.getFileSystem(conf);
            if (!fs.exists(dir)) {
                return done;
            }
            for (FileStatus f : fs.listStatus(dir)) {
                String n = f.getPath().getName();
                if (n.matches("shard-\\d{6}\\.ser\\.gz")) {
                    done.add(Integer.parseInt(n.substring(6, 12)));
                }
            }
            return done;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list checkpoint folder " + dir(work) + ": " + e.getMessage(), e);
        }
    }

    /** Writes a shard under a unique temporary name, then renames it into place. */
    static void commit(String work, int shard, List<Ranked> outcomes, Configuration conf) throws IOException {
        Path dir = dir(work);
        FileSystem fs = dir.getFileSystem(conf);
        fs.mkdirs(dir);
        Path target = new Path(dir, name(shard));
        Path tmp = new Path(dir, "_tmp-" + name(shard) + "-" + UUID.randomUUID());
        try (FSDataOutputStream raw = fs.create(tmp, false);
             ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(raw))) {
            out.writeObject(new ArrayList<>(outcomes));
        }
        if (!fs.rename(tmp, target)) {
            // another attempt of this task committed first; its file is equal to ours
            fs.delete(tmp, false);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Ranked> read(java.io.InputStream in) throws IOException {
        try (ObjectInputStream objects = new ObjectInputStream(new GZIPInputStream(in))) {
            return (List<Ranked>) objects.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException("checkpoint written by another Sitrep version: " + e.getMessage(), e);
        }
    }
}
