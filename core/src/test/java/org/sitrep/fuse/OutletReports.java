// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.fuse;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.Account;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.pipeline.PipelineResult;
import org.sitrep.pipeline.TestPipeline;

/** Articles from several outlets written for the fusion tests, run through the shared test pipeline. */
final class OutletReports {
    private OutletReports() {
    }

    /** An article of {@code outlet} published on {@code date} (ISO), its id doubling as title and source id. */
    static Article article(String id, String outlet, String date, String text) {
        return new Article(id, outlet, "https://" + outlet + "/" + id, LocalDate.parse(date), null, text, id, id);
    }

    static PipelineResult run(Article... articles) {
        return TestPipeline.get().run(List.of(articles), List.of());
    }

    /** The articles whose accounts an event holds. */
    static Set<String> docs(Event e) {
        return e.accounts().stream().map(Account::docId).collect(Collectors.toSet());
    }

    /** The event that holds an account of {@code doc}; fails the test when none does. */
    static Event holding(PipelineResult r, String doc) {
        return r.events().stream().filter(e -> docs(e).contains(doc)).findFirst()
                .orElseThrow(() -> new AssertionError(doc + " is in no event: " + r.events()));
    }

    /** The event of {@code subType} that holds an account of {@code doc}; fails the test when none does. */
    static Event holding(PipelineResult r, String doc, String subType) {
        return r.events().stream().filter(e -> e.type().subEventType().equals(subType) && docs(e).contains(doc))
                .findFirst().orElseThrow(() -> new AssertionError(doc + " is in no " + subType + " event: " + r.events()));
    }
}
