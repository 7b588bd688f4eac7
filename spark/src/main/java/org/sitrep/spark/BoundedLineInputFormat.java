package org.sitrep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.mapred.FileInputFormat;
import org.apache.hadoop.mapred.FileSplit;
import org.apache.hadoop.mapred.InputSplit;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.RecordReader;
import org.apache.hadoop.mapred.Reporter;
import org.sitrep.ingest.IngestLimits;
import org.sitrep.ingest.LineReader;

/**
 * JSONL lines for the read step, one record per line (blank and over-long lines too, so record numbers are line
 * numbers), each held only up to the record limit: an over-long line is counted and skipped as it streams past,
 * never loaded whole, and comes out with its length and no bytes for {@link org.sitrep.ingest.Ingest#jsonlLine} to
 * refuse. Lines are read as the CLI reads them (core's {@link LineReader}: LF ends a line, a CR before it is
 * dropped). A split holds the lines that start in it, plus the one under way at its end, as Hadoop's text input
 * does; a compressed file is one split. Keys are the byte offsets of the lines in the (uncompressed) file.
 */
public final class BoundedLineInputFormat extends FileInputFormat<LongWritable, BoundedLineInputFormat.Line> {
    /** Hadoop setting: the longest line kept, in bytes; core's record limit unless set. */
    static final String MAX_BYTES = "sitrep.jsonl.max-record-bytes";

    @Override
    protected boolean isSplitable(FileSystem fs, Path file) {
        return new CompressionCodecFactory(fs.getConf()).getCodec(file) == null;
    }

    @Override
    public RecordReader<LongWritable, Line> getRecordReader(InputSplit split, JobConf job, Reporter reporter)
            throws IOException {
        return new Reader((FileSplit) split, job);
    }

    /**
     * One line as read, filled by the reader for each record (Hadoop hands the same value object to every call):
     * its bytes, a fresh array per line and empty when the line is over the limit, and its length in bytes
     * without the line break.
     */
    public static final class Line {
        private byte[] bytes = new byte[0];
        private long length;

        public byte[] bytes() {
            return bytes;
        }

        public long length() {
            return length;
        }
    }

    /** Reads one split. */
    static final class Reader implements RecordReader<LongWritable, Line> {
        private final LineReader lines;
        private final long start;
        private final long end;

        Reader(FileSplit split, JobConf job) throws IOException {
            Path file = split.getPath();
            FSDataInputStream in = file.getFileSystem(job).open(file);
            CompressionCodec codec = new CompressionCodecFactory(job).getCodec(file);
            InputStream stream;
            if (codec != null) {
                start = 0;
                end = Long.MAX_VALUE;
                stream = codec.createInputStream(in);
            } else {
                start = split.getStart();
                end = start + split.getLength();
                in.seek(start);
                stream = in;
            }
            lines = new LineReader(stream, job.getInt(MAX_BYTES, IngestLimits.DEFAULTS.maxRecordBytes()));
            if (start != 0) {
                lines.next(); // the line under way at the split's start is the previous split's
            }
        }

        @Override
        public boolean next(LongWritable key, Line value) throws IOException {
            // a line starting at the split's end is still this split's: the next split skips its first line
            if (start + lines.position() > end || !lines.next()) {
                return false;
            }
            key.set(start + lines.lineStart());
            value.bytes = lines.tooLong() ? new byte[0] : Arrays.copyOf(lines.bytes(), lines.length());
            value.length = lines.tooLong() ? lines.lineBytes() : lines.length();
            return true;
        }

    @Override
        public LongWritable createKey() {
            return new LongWritable();
        }

        @Override
        public Line createValue() {
            return new Line();
        }

        @Override
        public long getPos() {
            return start + lines.position();
        }

        @Override
        public float getProgress() {
            return end == Long.MAX_VALUE || end == start ? 0f
                    : Math.min(1f, (lines.position()) / (float) (end - start));
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }
}
