package org.sitrep.model;

import java.io.Serializable;
import java.util.List;

/**
 * Why a fused event is what it is, for an analyst to check against the accounts: why each report joined it,
 * and which rule chose each headline value.
 *
 * @param reports  one entry per report (account), in the event's account order
 * @param headline one entry per headline field (type, date, location, then each count)
 */
public record Explanation(List<ReportJoin> reports, List<HeadlineRule> headline) implements Serializable {
    /** Nothing explained (an event read from an older file). */
    public static final Explanation NONE = new Explanation(List.of(), List.of());

    public Explanation {
        reports = reports == null ? List.of() : List.copyOf(reports);
        headline = headline == null ? List.of() : List.copyOf(headline);
    }

    /**
     * Why one report is in the event.
     *
     * @param mentionId the report's mention
     * @param outlet    its outlet, or the article id when the outlet is unknown
     * @param how       how it came in ("founds the event: …", "joins as a direct report", "joins as weak evidence …")
     * @param features  what it shared with the event when it joined ("same town", "same day"); empty when it founded it
     */
    public record ReportJoin(String mentionId, String outlet, String how, List<String> features) implements Serializable {
        public ReportJoin {
            features = features == null ? List.of() : List.copyOf(features);
        }
    }

    /**
     * Which rule chose one headline value.
     *
     * @param field "type", "date", "location" or a count name ("fatalities")
     * @param value the chosen value as shown, or null when none was chosen
     * @param rule  the rule in words ("the most precise date among 2 direct reports, read from …")
     */
    public record HeadlineRule(String field, String value, String rule) implements Serializable {
    }
}
