package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * "eight passengers (five men and three boys) died": the quantities in brackets right after a counted group break
 * that group down, so they are parts of it as after "including", never a total of their own.
 */
final class BracketBreakdowns {

    /** The quantities, those inside a bracket that opens right after a counted group marked as included in it. */
    List<Quantity> included(List<Quantity> qs, List<String> words) {
        List<Quantity> out = new ArrayList<>(qs);
        for (Quantity total : qs) {
            if (total.group() == null || total.value() == null) {
                continue;
            }
            int close = bracketEnd(words, total.nounEnd());
            if (close < 0) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                Quantity q = out.get(i);
                if (q.start() > total.nounEnd() && q.start() < close && !q.included()) {
                    out.set(i, new Quantity(q.start(), q.end(), q.value(), q.qualifier(), q.text(), q.group(),
                            q.nounEnd(), true, q.part()));
                }
            }
        }
        return out;
    }

    /** The index of the bracket closing one that opens at {@code open}, or -1 when none opens there or closes soon. */
    static int bracketEnd(List<String> words, int open) {
        if (open >= words.size() || !words.get(open).equals("(") && !words.get(open).equals("-lrb-")) {
            return -1;
        }
        for (int i = open + 1; i < Math.min(words.size(), open + 20); i++) {
            String w = words.get(i);
            if (w.equals(")") || w.equals("-rrb-")) {
                return i;
            }
            if (w.equals("(") || w.equals("-lrb-")) {
                return -1;
            }
        }
        return -1;
    }
}
