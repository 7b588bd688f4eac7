package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** Read-only views of one sentence's dependency parse. */
final class Syntax {
    private final Sentence sentence;
    private final List<List<Dependency>> children;
    private final Dependency[] parent;

    Syntax(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        parent = new Dependency[n];
        for (Dependency d : sentence.deps()) {
            if (d.governor() >= 0 && d.dependent() < n) {
                children.get(d.governor()).add(d);
                // enhanced graphs may give a token several heads; the first basic-looking one is kept
                if (parent[d.dependent()] == null || parent[d.dependent()].relation().startsWith("ref")) {
                    parent[d.dependent()] = d;
                }
            }
        }
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    int size() {
        return sentence.tokens().size();
    }

    Dependency parent(int i) {
        return parent[i];
    }

    List<Dependency> children(int i) {
        return children.get(i);
    }

    /**
     * The word at i, then its head, its head's head, and so on up to the root, nearest first: at most {@code limit}
     * words, a guard against a malformed graph's cycles. Empty for i below 0.
     */
    IntStream upward(int i, int limit) {
        return IntStream.iterate(i, n -> n >= 0, n -> parent[n] == null ? -1 : parent[n].governor()).limit(limit);
    }

    /**
     * The arcs that lead from the word at i up to the root, nearest first: each word of {@link #upward}'s walk but
     * the root, with the arc to its head (the arc's dependent is that word).
     */
    Stream<Dependency> arcsUp(int i, int limit) {
        return upward(i, limit).mapToObj(n -> parent[n]).takeWhile(Objects::nonNull);
    }

    /** The first child of i whose relation starts with one of the prefixes, or -1. */
    int child(int i, String... relationPrefixes) {
        for (Dependency d : children.get(i)) {
            for (String p : relationPrefixes) {
                // "nsubj" is the active subject: the passive one ("5 soldiers were killed") must be asked for
                boolean passive = d.relation().endsWith(":pass") && !p.endsWith(":pass");
                if (!passive && (d.relation().equals(p) || d.relation().startsWith(p + ":"))) {
                    return d.dependent();
                }
            }
        }
        return -1;
    }

    boolean hasChild(int i, String relation, String lemma) {
        for (Dependency d : children.get(i)) {
            if (d.relation().startsWith(relation) && lemma.equalsIgnoreCase(token(d.dependent()).lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Token range [first, last] of the phrase headed by i, following modifiers but not clauses,
     * so "the so-called Army of Islam extremist fighters" comes whole, but not a relative clause after it.
     */
    int[] phrase(int head) {
        int[] span = {head, head};
        grow(head, span, 0);
        return span;
    }

    private void grow(int i, int[] span, int depth) {
        if (depth > 6) {
            return;
        }
        for (Dependency d : children.get(i)) {
            String r = d.relation();
            boolean namedApposition = r.startsWith("appos") && token(d.dependent()).pos().startsWith("NNP")
                    && d.dependent() == i + 1;
            if (r.startsWith("acl") || r.startsWith("punct") || r.startsWith("appos") && !namedApposition
                    || r.startsWith("ccomp") || r.equals("cc")
                    || r.startsWith("advcl") || r.startsWith("dep") || r.startsWith("parataxis")
                    || r.startsWith("ref") || r.startsWith("nsubj") || r.startsWith("cop")
                    || r.startsWith("mark") || r.startsWith("case") && depth == 0) {
                continue;
            }
            int j = d.dependent();
            if (Math.abs(j - i) > 12) {
                continue;
            }
            span[0] = Math.min(span[0], j);
            span[1] = Math.max(span[1], j);
            grow(j, span, depth + 1);
        }
    }

    String text(int first, int last) {
        int b = token(first).begin() - sentence.begin();
        int e = token(last).end() - sentence.begin();
        return sentence.text().substring(b, e);
    }
}
