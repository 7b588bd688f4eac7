package org.sitrep.fuse;

import org.sitrep.model.Account;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;

/**
 * One account's figure for one count, with what it counts.
 *
 * @param account the account (outlet, date) that reports it
 * @param key     what the count counts (fatalities, displaced)
 * @param count   the figure as read
 * @param scope   what part of the event it counts
 * @param update  its sentence says the toll was revised ("rose to 57"), so it supersedes lower figures
 * @param direct  the account gives the event directly (a day from date words, a town)
 */
record ScopedCount(Account account, CountRole key, Count count, CountScope scope, boolean update, boolean direct) {
    /** "57 (ABC News)", for notes and disputes. */
    String cited() {
        return Tallies.describe(count) + " (" + account.label() + ")";
    }
}
