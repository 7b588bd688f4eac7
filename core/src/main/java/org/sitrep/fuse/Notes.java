package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Account;
import org.sitrep.model.Count;
import org.sitrep.model.EventMention;

/** Says how each fused field was chosen, so a reader can check the rule against the accounts. */
final class Notes {
    private Notes() {
    }

    static List<String> of(List<Account> accounts, EventMention merged) {
        List<String> notes = new ArrayList<>();
        if (accounts.size() < 2) {
            return notes;
        }
        for (Map.Entry<String, Count> e : merged.counts().entrySet()) {
            long reports = accounts.stream().filter(a -> a.counts().containsKey(e.getKey())).count();
            if (reports > 1) {
                boolean partial = accounts.stream().anyMatch(a -> a.counts().containsKey(e.getKey())
                        && Disputes.partial(a, a.counts().get(e.getKey())));
                notes.add(e.getKey() + ": most conservative of " + reports + " reports (ACLED rule)"
                        + (partial ? "; a partial count (a batch, a toll so far) is not a contradiction" : ""));
            }
        }
        long dated = accounts.stream().filter(a -> a.date().date() != null).count();
        if (dated > 1) {
            notes.add("date: the most precise date read from date words among " + dated + " reports");
        }
        if (accounts.stream().map(a -> a.location() == null ? "" : a.location().name()).distinct().count() > 1) {
            notes.add("location: the most specific place consistent with every report");
        }
        return notes;
    }
}
