package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;
import org.sitrep.model.Actor;
import org.sitrep.model.EventMention;
import org.sitrep.model.OutletFraming;

/** Collects the words each outlet uses for each actor, from the actor phrases of its mentions. */
final class Framing {
    /** Leading words that are no part of a framing (lexicon/framing-skip-words.tsv). */
    private static final Pattern DETERMINERS = leading(Tsv.words("/lexicon/framing-skip-words.tsv"));

    private Framing() {
    }

    /** Any one of the words at the start of a phrase, with the white space after it. */
    static Pattern leading(Set<String> words) {
        return Pattern.compile("(?i)^(" + String.join("|", words.stream().sorted().map(Pattern::quote).toList()) + ")\\s+");
    }

    static List<OutletFraming> of(List<EventMention> mentions) {
        Map<String, Map<String, Map<String, Integer>>> byOutlet = new TreeMap<>();
        Map<String, Set<String>> articles = new TreeMap<>();
        for (EventMention m : mentions) {
            var src = m.sources().get(0);
            String outlet = src.outlet() != null ? src.outlet() : src.docId();
            articles.computeIfAbsent(outlet, k -> new HashSet<>()).add(src.docId());
            for (Actor a : new Actor[] {m.actor1(), m.actor2()}) {
                if (a == null || a.text() == null) {
                    continue;
                }
                String words = DETERMINERS.matcher(a.text().strip()).replaceAll("");
                byOutlet.computeIfAbsent(outlet, k -> new TreeMap<>())
                        .computeIfAbsent(a.name(), k -> new LinkedHashMap<>())
                        .merge(words, 1, Integer::sum);
            }
        }
        List<OutletFraming> out = new ArrayList<>();
        for (String outlet : articles.keySet()) {
            Map<String, List<String>> words = new TreeMap<>();
            byOutlet.getOrDefault(outlet, Map.of()).forEach((actor, counts) -> {
                List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
                sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
                words.put(actor, sorted.stream().map(Map.Entry::getKey).toList());
            });
            out.add(new OutletFraming(outlet, articles.get(outlet).size(), words));
        }
        return out;
    }
}
