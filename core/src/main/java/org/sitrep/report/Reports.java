// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.report;

import java.util.List;
import java.util.Map;
import org.sitrep.model.Event;
import org.sitrep.model.OutletFraming;

/**
 * Readable reports over fused events: a Markdown timeline and a situation report in Markdown and HTML.
 * Article text is untrusted; every piece of it is escaped for the format it is written in.
 */
public final class Reports {
    private Reports() {
    }

    /** Dated events in date order, then undated events under their own heading; one line each. */
    public static String timeline(List<Event> events) {
        return Timeline.of(events).markdown();
    }

    /**
     * A situation report for a region and period.
     *
     * @param events        fused events
     * @param scope         region and period; use {@link ReportScope#all()} for everything
     * @param framing       per outlet, the words used for each actor (shown for outlets reporting events in scope)
     * @param inferredDates undated article id to its inferred date and evidence (shown for articles in scope)
     */
    public static SituationReport situationReport(List<Event> events, ReportScope scope, List<OutletFraming> framing,
                                                  Map<String, String> inferredDates) {
        Doc doc = Situation.of(events, scope == null ? ReportScope.all() : scope,
                framing == null ? List.of() : framing, inferredDates == null ? Map.of() : inferredDates);
        return new SituationReport(doc.markdown(), doc.html());
    }

    /** The events a report for this scope covers: those in the region, dated in the period or undated. */
    public static List<Event> select(List<Event> events, ReportScope scope) {
        return Selection.of(events, scope == null ? ReportScope.all() : scope).all();
    }
}
