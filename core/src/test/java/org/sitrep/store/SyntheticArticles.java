package org.sitrep.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.fuse.Fuser;
import org.sitrep.fuse.SyntheticMentions;
import org.sitrep.model.Article;
import org.sitrep.model.EventMention;
import org.sitrep.resolve.place.Gazetteer;

/** Articles built around SyntheticMentions, with their mentions, so store tests need no NLP models. */
final class SyntheticArticles {
    final List<Article> articles = new ArrayList<>();
    final Map<String, List<EventMention>> mentions = new LinkedHashMap<>();

    SyntheticArticles(int count, long seed) {
        for (EventMention m : SyntheticMentions.generate(count, seed)) {
            mentions.computeIfAbsent(m.docId(), k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<String, List<EventMention>> e : mentions.entrySet()) {
            EventMention first = e.getValue().get(0);
            String text = "Synthetic report " + e.getKey() + " of an event in " + first.location().name() + ".";
            articles.add(new Article(e.getKey(), first.sources().get(0).outlet(), null, first.date().date(), null,
                    text, org.sitrep.common.Sha256.hex(text), e.getKey()));
        }
    }

    List<EventMention> allMentions() {
        return mentions.values().stream().flatMap(List::stream).toList();
    }

    List<EventMention> read(Article a) {
        List<EventMention> ms = mentions.get(a.docId());
        if (ms == null) {
            throw new IllegalArgumentException("no synthetic mentions for " + a.docId());
        }
        return ms;
    }

    StoreIngest ingest(EventStore store) {
        return new StoreIngest(store, fuser(), this::read);
    }

    private static Fuser fuser;

    static synchronized Fuser fuser() {
        if (fuser == null) {
            fuser = new Fuser(Gazetteer.load());
        }
        return fuser;
    }
}
