package org.sitrep.fuse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.EventMention;

/**
 * The countries each article's placed mentions lie in. A report that names no place is still of its article's
 * country: two such reports of articles about two countries never tell of one event. Built per clustering call.
 */
final class ArticleCountries {
    private final Map<String, Set<String>> byDoc;

    private ArticleCountries(Map<String, Set<String>> byDoc) {
        this.byDoc = byDoc;
    }

    static ArticleCountries of(List<EventMention> ms) {
        Map<String, Set<String>> byDoc = new HashMap<>();
        for (EventMention m : ms) {
            Set<String> cs = byDoc.computeIfAbsent(m.docId(), k -> new HashSet<>());
            if (m.location() != null && m.location().countryCode() != null) {
                cs.add(m.location().countryCode());
            }
        }
        return new ArticleCountries(byDoc);
    }

    /**
     * Two articles may report one unplaced event only when they name places of a common country: articles that name
     * no place give nothing to tell their events apart, and joined they chain reports of many countries.
     */
    boolean mayShare(String docA, String docB) {
        Set<String> a = byDoc.getOrDefault(docA, Set.of());
        Set<String> b = byDoc.getOrDefault(docB, Set.of());
        return a.stream().anyMatch(b::contains);
    }
}
