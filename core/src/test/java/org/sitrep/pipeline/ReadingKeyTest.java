package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

/** Which earlier article a copy shares its reading with: same text (content hash) and same publication date. */
class ReadingKeyTest {
    private static final LocalDate MONDAY = LocalDate.of(2022, 5, 2);

    private static Article article(String id, LocalDate published, String hash, String copyOf) {
        return new Article(id, "outlet-" + id, null, published, null, "Troops shelled the hill.", hash, id, copyOf);
    }

    @Test
    void aCopySharesTheReadingOfTheFirstArticleWithItsTextAndDate() {
        Article first = article("a", MONDAY, "h1", null);
        List<Article> readers = Copies.readers(List.of(first, article("b", MONDAY, "h1", "a"),
                article("c", MONDAY.plusDays(1), "h1", "a"), article("d", null, "h1", "a")));
        assertThat(readers).containsExactly(null, first, null, null);
    }

    @Test
    void undatedCopiesShareTheFirstUndatedReadingOnly() {
        Article undated = article("a", null, "h1", null);
        List<Article> readers = Copies.readers(List.of(undated, article("b", MONDAY, "h1", "a"),
                article("c", null, "h1", "a")));
        assertThat(readers).containsExactly(null, null, undated);
    }

    @Test
    void anArticleWithoutAContentHashHasNoKeyAndSharesNothing() {
        assertThat(Copies.readingKey(article("a", MONDAY, null, null))).isNull();
        assertThat(Copies.readers(List.of(article("a", MONDAY, null, null), article("b", MONDAY, null, "a"))))
                .isEqualTo(Arrays.asList(null, null));
    }

    @Test
    void aKeyIsItsHashAndDate() {
        assertThat(Copies.readingKey(article("a", MONDAY, "h1", null)))
                .isEqualTo(new Copies.ReadingKey("h1", MONDAY))
                .isNotEqualTo(new Copies.ReadingKey("h1", null));
    }
}
