package org.sitrep.fuse;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;
import org.sitrep.model.EventMention;
import org.sitrep.model.Source;

/**
 * Who a protest or riot report says gathered: the kinds of people ({@code protester-kinds.tsv}) named in the words
 * before its trigger in the sentence that holds it ("hundreds of dockers demonstrated", "a group of farmers held a
 * protest"). Outlets name one crowd by one kind or by a word of the same kind, so two crowd events at one town on one
 * day whose crowds are named by kinds, none in common, are two events (dockers and residents, farmers and workers
 * of a water company). A report that names no kind ("protesters gathered", "protests were held") fits any.
 *
 * <p>One instance serves one fusion run: each report is read once, the first time a pair needs it.
 */
final class Crowds {
    /** Word or two words to kind. */
    private static final Map<String, String> KINDS = kinds();
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final EventClasses classes;
    private final Map<EventMention, Set<String>> read = new IdentityHashMap<>();

    Crowds(EventClasses classes) {
        this.classes = classes;
    }

    /** The kinds of people a crowd report of this run names its crowd by; empty for other reports. */
    Set<String> of(EventMention m) {
        return read.computeIfAbsent(m, x -> classes.crowd(x.type()) ? read(x) : Set.of());
    }

    /** Two crowd reports of this run whose crowds are named by kinds, none in common: two crowds. */
    boolean apart(EventMention a, EventMention b) {
        Set<String> p = of(a);
        Set<String> q = p.isEmpty() ? Set.of() : of(b);
        return !p.isEmpty() && !q.isEmpty() && Collections.disjoint(p, q);
    }

    /** The kinds named before the trigger in the first sentence of the report that holds it. */
    static Set<String> read(EventMention m) {
        if (m.trigger() == null || m.trigger().isBlank()) {
            return Set.of();
        }
        Pattern trigger = Pattern.compile("\\b" + Pattern.quote(m.trigger()) + "\\b", Pattern.CASE_INSENSITIVE);
        for (Source s : m.sources()) {
            if (s.sentence() == null) {
                continue;
            }
            Matcher t = trigger.matcher(s.sentence());
            if (t.find()) {
                return kindsIn(s.sentence().substring(0, t.start()));
            }
        }
        return Set.of();
    }

    /** The kinds of the words of a text, a two-word entry before the kind of its last word alone. */
    static Set<String> kindsIn(String text) {
        Set<String> out = new HashSet<>();
        String previous = null;
        Matcher w = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (w.find()) {
            String word = w.group();
            String kind = previous == null ? null : KINDS.get(previous + " " + word);
            kind = kind != null ? kind : KINDS.get(word);
            if (kind != null) {
                out.add(kind);
            }
            previous = word;
        }
        return out;
    }

    private static Map<String, String> kinds() {
        Map<String, String> out = new HashMap<>();
        for (Tsv.Row r : Tsv.read("/lexicon/protester-kinds.tsv", 2)) {
            out.put(r.cells()[0], r.cells()[1]);
        }
        return Map.copyOf(out);
    }
}
