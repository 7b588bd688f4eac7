package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Account;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Explanation;
import org.sitrep.model.Explanation.HeadlineRule;
import org.sitrep.model.Explanation.ReportJoin;

/**
 * The typed explanation of a fused event ({@link Explanation}): per report, how it joined and the features it
 * shared; per headline field, the chosen value and the rule that chose it. {@link Notes} says the same in lines.
 */
final class Explanations {
    private Explanations() {
    }

    static Explanation of(List<Account> accounts, List<Joined> joins, Headline headline, Map<CountRole, Tally> tallies) {
        List<ReportJoin> reports = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            Account a = accounts.get(i);
            Joined j = joins.get(i);
            reports.add(new ReportJoin(a.mentionId(), a.label(), j.how(), j.words()));
        }
        List<HeadlineRule> rules = new ArrayList<>();
        rules.add(new HeadlineRule("type", headline.type().subEventType(), headline.rules().get("type")));
        rules.add(new HeadlineRule("date", headline.date().date() == null ? null : headline.date().date().toString(),
                headline.rules().get("date")));
        rules.add(new HeadlineRule("location", headline.location() == null ? null : headline.location().name(),
                headline.rules().get("location")));
        for (Tally t : tallies.values()) {
            Count c = t.chosen();
            rules.add(new HeadlineRule(t.key().code(), c == null ? null : Tallies.describe(c), rule(t)));
        }
        return new Explanation(reports, rules);
    }

    /** The rule that chose a count, with the range across outlets when several gave a whole-event figure. */
    static String rule(Tally t) {
        long whole = t.figures().stream().filter(f -> f.scope() == CountScope.EVENT && f.count().value() != null).count();
        return t.rule() + (whole > 1 ? "; range across outlets " + Tallies.range(t) : "");
    }
}
