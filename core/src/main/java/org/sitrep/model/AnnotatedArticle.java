package org.sitrep.model;

import java.io.Serializable;
import java.util.List;

/** The annotate stage's output: an article and its sentences. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) implements Serializable {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }
}
