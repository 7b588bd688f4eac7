package org.sitrep.model;

import java.util.List;

/** The annotate stage's output: an article and its sentences. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }
}
