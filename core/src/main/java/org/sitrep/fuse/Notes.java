package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Account;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;

/**
 * Says why each report is in an event and which rule chose each headline value, so an analyst can check
 * both against the accounts. Lines start with the field they explain: "report", "type", "date",
 * "location", or a count name.
 */
final class Notes {
    private Notes() {
    }

    static List<String> of(List<Account> accounts, List<Joined> joins, Headline headline, Map<CountRole, Tally> tallies) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            notes.add("report " + accounts.get(i).label() + ": " + joins.get(i).text());
        }
        if (accounts.size() < 2) {
            return notes;
        }
        notes.add("type: " + headline.type().subEventType() + ": " + headline.rules().get("type"));
        notes.add("date: " + (headline.date().date() == null ? "unknown" : headline.date().date()) + ": "
                + headline.rules().get("date"));
        notes.add("location: " + (headline.location() == null ? "unknown" : headline.location().name()) + ": "
                + headline.rules().get("location"));
        for (Tally t : tallies.values()) {
            Count c = t.chosen();
            notes.add(t.key().code() + ": " + (c == null ? "none" : Tallies.describe(c)) + ": " + Explanations.rule(t));
            List<String> side = t.figures().stream().filter(f -> f.scope() == CountScope.BATCH
                    || f.scope() == CountScope.CUMULATIVE).map(f -> f.cited() + " (" + f.scope().words() + ", "
                    + (f.account().date().date() == null ? "undated" : f.account().date().date()) + ")").toList();
            if (!side.isEmpty() && t.figures().size() > 1) {
                notes.add(t.key().code() + " side by side: " + String.join("; ", side));
            }
        }
        return notes;
    }
}
