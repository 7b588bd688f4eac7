package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.InputError;

/** The read step's decisions on the driver: refused records, articles read, copies that share a reading. */
class AdmissionTest {
    private static final LocalDate DAY = LocalDate.of(2020, 6, 1);

    private static ArticleInput.Checked article(long position, String hash, String docId, LocalDate published) {
        return new ArticleInput.Checked(position, hash, docId, published, "outlet-" + docId, "https://example.org/" + docId,
                "in.jsonl", null);
    }

    @Test
    void aCopyWithTheSameTextAndDayIsNotReadAgainButACopyOfAnotherDayIs() {
        List<InputError> errors = new ArrayList<>();
        InputError bad = new InputError("in.jsonl:2", "ingest", "text is required");
        Admission a = Admission.of(List.of(article(1, "h1", "a", DAY),
                new ArticleInput.Checked(2, null, null, null, null, null, "in.jsonl", bad),
                article(3, "h1", "b", DAY), article(4, "h1", "c", DAY.plusDays(1)), article(5, "h2", "a", DAY)), errors);
        assertThat(errors).containsExactly(bad);
        assertThat(a.admitted()).isEqualTo(4);
        assertThat(a.copies()).isEqualTo(2);
        assertThat(a.kept()).containsOnlyKeys(1L, 4L, 5L);
        assertThat(a.kept().get(1L)).isEqualTo(new Admission.Kept("a", 0, 0, null));
        assertThat(a.kept().get(4L)).as("same text, another day: read").isEqualTo(new Admission.Kept("c", 2, 1, "a"));
        assertThat(a.kept().get(5L)).as("a taken docId gets a suffix").isEqualTo(new Admission.Kept("a~2", 3, 2, null));
        assertThat(a.copiesOf()).containsOnlyKeys(0L);
        assertThat(a.copiesOf().get(0L)).containsExactly(
                new Admission.SharedCopy("b", "outlet-b", "https://example.org/b", "a", "in.jsonl", 1));
        assertThat(a.fingerprint()).hasSize(64);
    }

    @Test
    void theFingerprintNamesTheArticlesReadAndNothingElse() {
        String one = Admission.of(List.of(article(1, "h1", "a", DAY)), new ArrayList<>()).fingerprint();
        String withCopy = Admission.of(List.of(article(1, "h1", "a", DAY), article(2, "h1", "b", DAY)),
                new ArrayList<>()).fingerprint();
        String other = Admission.of(List.of(article(1, "h2", "a", DAY)), new ArrayList<>()).fingerprint();
        assertThat(withCopy).isEqualTo(one);
        assertThat(other).isNotEqualTo(one);
    }

    @Test
    void aLineFileWithoutRecordsIsAnInputError() {
        List<InputError> errors = new ArrayList<>();
        long secondFile = 1L << ArticleInput.RECORD_BITS;
        Admission.emptyFiles(List.of("a.jsonl", "b.jsonl", "c.txt"), List.of(article(secondFile, "h", "x", DAY)), errors);
        assertThat(errors).containsExactly(new InputError("a.jsonl", "ingest", "no records (empty or whitespace-only file)"));
    }

    @Test
    void theManifestNamesArticlesShardSizeAndFingerprint() {
        assertThat(WorkFolder.manifest(120, 50, "ab12")).isEqualTo("articles\t120\narticlesPerShard\t50\nfingerprint\tab12\n");
    }
}
