package org.sitrep.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.InputError;
import scala.Tuple2;

/**
 * The ingest stage on Spark: JSONL or Parquet articles from any Hadoop-compatible path, each record
 * checked by core's {@link Ingest#jsonlLine} (the same rules as the CLI), keyed by its position in input
 * order so that later stages can reproduce the CLI's order exactly.
 */
final class ArticleInput {
    /** Bits for the record number within a file; the file's index takes the bits above. */
    static final int RECORD_BITS = 40;

    private ArticleInput() {
    }

    /** A record's position in input order: file index, then record number. */
    static long position(int file, long record) {
        return ((long) file << RECORD_BITS) | record;
    }

    /**
     * What the driver keeps of one checked record: enough to tell copies apart in input order, and to report a
     * copy that shares an earlier record's reading under its own docId, outlet and url.
     */
    record Checked(long position, String contentHash, String docId, java.time.LocalDate published, String outlet,
                   String url, String input, InputError error) implements Serializable {
    }

    /** One input line: its bytes (none when it is over the record limit) and its length in bytes. */
    record RawLine(byte[] bytes, long length) implements Serializable {
    }

    /** Input files in the order the CLI reads them: as given, folders walked in sorted path order, hidden names skipped. */
    static List<String> files(List<String> inputs, Configuration conf, List<InputError> errors) {
        List<String> files = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path p = new Path(input);
                FileSystem fs = p.getFileSystem(conf);
                if (!fs.exists(p)) {
                    errors.add(new InputError(input, "ingest", "file not found"));
                } else if (fs.getFileStatus(p).isDirectory()) {
                    walk(fs, p, input, files);
                } else {
                    files.add(input);
                }
            } catch (IOException e) {
                errors.add(new InputError(input, "ingest", "cannot read: " + e.getMessage()));
            }
        }
        return files;
    }

    private static void walk(FileSystem fs, Path dir, String name, List<String> out) throws IOException {
        FileStatus[] children = fs.listStatus(dir);
        Arrays.sort(children, Comparator.comparing(f -> f.getPath().getName()));
        for (FileStatus f : children) {
            String child = name.endsWith("/") ? name + f.getPath().getName() : name + "/" + f.getPath().getName();
            if (f.getPath().getName().startsWith(".") || f.getPath().getName().startsWith("_")) {
                continue;   // hidden, and Hadoop's _SUCCESS markers
            }
            if (f.isDirectory()) {
                walk(fs, f.getPath(), child, out);
            } else {
                out.add(child);
            }
        }
    }

    /**
     * Every record of every file, checked, keyed by position. A Parquet file's rows become JSON objects
     * with the same fields ({@code id, url, outlet, published, title, text}) and pass the same checks.
     */
    static JavaPairRDD<Long, IngestResult> read(SparkSession spark, List<String> files, List<InputError> errors) {
        JavaPairRDD<Long, IngestResult> all = null;
        for (int i = 0; i < files.size(); i++) {
            String file = files.get(i);
            String ext = extension(file);
            JavaRDD<RawLine> lines;
            if (ext.equals("jsonl")) {
                // bounded: an over-long line comes as its length alone, never read into memory whole
                lines = spark.sparkContext().hadoopFile(file, BoundedLineInputFormat.class, LongWritable.class,
                        BoundedLineInputFormat.Line.class, spark.sparkContext().defaultMinPartitions()).toJavaRDD()
                        // Hadoop reuses its value object, but not the byte array it points to for each line
                        .map(t -> new RawLine(t._2().bytes(), t._2().length()));
            } else if (ext.equals("parquet")) {
                try {
                    lines = spark.read().parquet(file).toJSON().javaRDD().map(s -> {
                        byte[] b = s.getBytes(StandardCharsets.UTF_8);
                        return new RawLine(b, b.length);
                    });
                } catch (Exception e) { // Spark's exceptions are Scala's: checked ones arrive undeclared
                    // the footer is read here, so a file that is not Parquet is refused alone and the job goes on
                    errors.add(new InputError(file, "ingest", "not a readable Parquet file ("
                            + e.getClass().getSimpleName() + ")"));
                    continue;
                }
            } else {
                errors.add(new InputError(file, "ingest", "unsupported file type"
                        + (ext.isEmpty() ? " (no extension)" : ": ." + ext) + "; expected .jsonl or .parquet"));
                continue;
            }
            int fileIndex = i;
            String base = baseName(file);
            JavaPairRDD<Long, IngestResult> checked = lines.zipWithIndex().mapToPair(t -> {
                long n = t._2() + 1;
                IngestResult r = new Ingest().jsonlLine(t._1().bytes(), t._1().length(), n == 1, file + ":" + n,
                        base + "#" + n);
                return new Tuple2<>(position(fileIndex, n), r);
            });
            all = all == null ? checked : all.union(checked);
        }
        return all != null ? all
                : JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelizePairs(List.<Tuple2<Long, IngestResult>>of());
    }

    static String extension(String file) {
        String name = baseNameWithExtension(file);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseNameWithExtension(String file) {
        String f = file.endsWith("/") ? file.substring(0, file.length() - 1) : file;
        return f.substring(f.lastIndexOf('/') + 1);
    }

    /** The file name without extension, as the CLI names records without an id ({@code name#LINE}). */
    static String baseName(String file) {
        String name = baseNameWithExtension(file);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
