// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.report;

import java.util.List;
import org.sitrep.model.Event;

/** A chronological list of events, one line each; undated events apart, never given a guessed date. */
final class Timeline {
    private Timeline() {
    }

    static Doc of(List<Event> events) {
        Selection s = Selection.of(events, ReportScope.all());
        Doc doc = new Doc("Timeline");
        doc.para(s.all().size() + " events: " + s.dated().size() + " dated, " + s.undated().size() + " undated.");
        doc.h2("Dated events")
                .bullets(s.dated().stream().map(Words::line).toList(), "No dated events.");
        doc.h2("Undated events")
                .note("The articles give no date that could be resolved; these events are not placed on the timeline.")
                .bullets(s.undated().stream().map(Words::line).toList(), "No undated events.");
        return doc;
    }
}
