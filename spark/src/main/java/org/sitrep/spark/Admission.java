package org.sitrep.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.ingest.Deduplicator;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.InputError;
import org.sitrep.pipeline.Copies;

/**
 * The read step's decisions, made on the driver in input order as core's run makes them: which checked records
 * are refused, which are read (and so fill a shard), and which copies share an earlier article's reading.
 *
 * @param kept        per record position, the article read there
 * @param copiesOf    per reader rank, the copies that share its reading
 * @param admitted    how many articles were admitted, read or shared
 * @param copies      how many of them copy an earlier article ({@link Deduplicator#copies})
 * @param fingerprint the SHA-256 of the read articles' docIds and content hashes, which names the input in the
 *                    work folder's manifest
 */
record Admission(HashMap<Long, Kept> kept, HashMap<Long, List<SharedCopy>> copiesOf, long admitted, int copies,
                 String fingerprint) {
    /**
     * An article to read: its final docId, its rank among all admitted articles in input order (which orders the
     * output), its slot among the articles read (which places it in a shard), and the article it copies or null.
     */
    record Kept(String docId, long rank, long slot, String copyOf) implements Serializable {
    }

    /**
     * A copy that shares the reading of an earlier article (same text and publication date, {@link Copies}): it is
     * not read, and reports that article's mentions under its own docId, outlet and url.
     */
    record SharedCopy(String docId, String outlet, String url, String copyOf, String input, long rank)
            implements Serializable {
    }

    /** The records' decisions; {@code records} in input order, their errors added to {@code errors}. */
    static Admission of(List<ArticleInput.Checked> records, List<InputError> errors) {
        Deduplicator dedup = new Deduplicator();
        HashMap<Long, Kept> kept = new HashMap<>();
        HashMap<Long, List<SharedCopy>> copiesOf = new HashMap<>();
        // per reading key, the rank of the article read
        Map<Copies.ReadingKey, Long> readerOf = new HashMap<>();
        long admitted = 0;
        MessageDigest fingerprint = sha256();
        for (ArticleInput.Checked c : records) {
            if (c.error() != null) {
                errors.add(c.error());
                continue;
            }
            Deduplicator.Admitted in = dedup.accept(c.contentHash(), c.docId());
            long rank = admitted++;
            Copies.ReadingKey key = new Copies.ReadingKey(c.contentHash(), c.published());
            Long reader = in.copy() ? readerOf.get(key) : null;
            if (reader != null) {
                copiesOf.computeIfAbsent(reader, k -> new ArrayList<>())
                        .add(new SharedCopy(in.docId(), c.outlet(), c.url(), in.copyOf(), c.input(), rank));
            } else {
                readerOf.putIfAbsent(key, rank);
                kept.put(c.position(), new Kept(in.docId(), rank, kept.size(), in.copyOf()));
                fingerprint.update((in.docId() + "\t" + c.contentHash() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return new Admission(kept, copiesOf, admitted, dedup.copies(), HexFormat.of().formatHex(fingerprint.digest()));
    }

    /** A line-based file (JSONL, Parquet) that gave no record at all is an input error, as the CLI reports it. */
    static void emptyFiles(List<String> files, List<ArticleInput.Checked> records, List<InputError> errors) {
        Set<Long> filesWithRecords = new HashSet<>();
        records.forEach(c -> filesWithRecords.add(c.position() >>> ArticleInput.RECORD_BITS));
        for (int i = 0; i < files.size(); i++) {
            String ext = ArticleInput.extension(files.get(i));
            if ((ext.equals("jsonl") || ext.equals("parquet")) && !filesWithRecords.contains((long) i)) {
                errors.add(new InputError(files.get(i), "ingest", "no records (empty or whitespace-only file)"));
            }
        }
    }

    /** What the driver needs of one ingested record: its articles' keys, or its errors. */
    static List<ArticleInput.Checked> summaries(long position, IngestResult r) {
        List<ArticleInput.Checked> out = new ArrayList<>();
        r.errors().forEach(e -> out.add(new ArticleInput.Checked(position, null, null, null, null, null, null, e)));
        r.articles().forEach(a -> out.add(new ArticleInput.Checked(position, a.contentHash(), a.docId(), a.published(),
                a.outlet(), a.url(), a.input(), null)));
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
