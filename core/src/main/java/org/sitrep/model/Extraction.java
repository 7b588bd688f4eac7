package org.sitrep.model;

import java.io.Serializable;
import java.util.List;

/** Everything the extract stage read from one article. */
public record Extraction(AnnotatedArticle annotated, List<MentionDraft> drafts, List<Denial> denials) implements Serializable {
    public Extraction {
        drafts = List.copyOf(drafts);
        denials = List.copyOf(denials);
    }
}
