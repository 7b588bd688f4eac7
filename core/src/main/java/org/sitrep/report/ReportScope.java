// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.report;

import java.time.LocalDate;

/**
 * What a situation report covers. Every part is optional: a null region means everywhere, a null
 * {@code from} or {@code to} leaves that end of the period open.
 *
 * @param region a place name, alias, admin1, admin2 or country, matched case- and diacritic-insensitively
 * @param from   first day of the period, inclusive
 * @param to     last day of the period, inclusive
 */
public record ReportScope(String region, LocalDate from, LocalDate to) {
    public ReportScope {
        region = region == null || region.isBlank() ? null : region.strip();
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the period starts (" + from + ") after it ends (" + to + ")");
        }
    }

    /** Everything: no region, no period. */
    public static ReportScope all() {
        return new ReportScope(null, null, null);
    }
}
