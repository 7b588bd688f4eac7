package org.sitrep.pipeline;

import java.util.List;
import java.util.Map;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.InputError;
import org.sitrep.model.OutletFraming;

/**
 * What one run produced.
 *
 * @param articles       the articles processed, copies included
 * @param mentions       article-level event mentions
 * @param events         fused events
 * @param errors         inputs that failed, and why
 * @param copies         articles whose text repeats an earlier article's ({@link Article#copyOf}): reported
 *                       under their own ids, counted with that article as one source
 * @param inferredDates  undated articles placed by other articles: docId to "not before" date and evidence
 * @param tokens         tokens annotated
 * @param framing        per outlet, the words used for each actor
 */
public record PipelineResult(List<Article> articles, List<EventMention> mentions, List<Event> events,
                             List<InputError> errors, int copies, Map<String, String> inferredDates,
                             long tokens, List<OutletFraming> framing) {
}
