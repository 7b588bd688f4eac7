// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.sitrep.model.Status;
import org.sitrep.report.ReportScope;
import org.sitrep.store.EventQuery;

/**
 * A request's query parameters read as typed values: a blank parameter is absent, a malformed or out-of-range
 * one is a 400 that names it. {@code param} gives a parameter's value by name, or null.
 */
final class RequestParams {
    /** Most events one list or report request reads. */
    static final int MAX_LIMIT = 1000;
    /** Most events an export or report reads. */
    static final int MAX_EXPORT = 100_000;
    /** Most characters of a bad value an error message repeats. */
    static final int SHOWN_CHARS = 60;
    /** The statuses a filter takes, as the API writes them. */
    private static final String STATUSES = Arrays.stream(Status.values()).map(Status::code)
            .collect(Collectors.joining(", "));

    private RequestParams() {
    }

    /** The events filter; paged (limit and offset) for lists, else up to {@link #MAX_EXPORT} for exports. */
    static EventQuery query(UnaryOperator<String> param, boolean paged) {
        EventQuery q = EventQuery.all()
                .from(date(param, "from"))
                .to(date(param, "to"))
                .region(blankToNull(param.apply("region")))
                .eventType(blankToNull(param.apply("type")))
                .subEventType(blankToNull(param.apply("sub_type")))
                .actor(blankToNull(param.apply("actor")))
                .outlet(blankToNull(param.apply("outlet")));
        String status = blankToNull(param.apply("status"));
        if (status != null) {
            try {
                q = q.status(Status.valueOf(status.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ApiError(400, "status " + shown(status) + " must be one of " + STATUSES);
            }
        }
        if (paged) {
            return q.limit(intParam(param, "limit", EventQuery.DEFAULT_LIMIT, 1, MAX_LIMIT))
                    .offset(intParam(param, "offset", 0, 0, Integer.MAX_VALUE));
        }
        return q.limit(intParam(param, "limit", MAX_EXPORT, 1, MAX_EXPORT));
    }

    /** The region and days a report covers. */
    static ReportScope scope(UnaryOperator<String> param) {
        LocalDate from = date(param, "from");
        LocalDate to = date(param, "to");
        try {
            return new ReportScope(blankToNull(param.apply("region")), from, to);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "from " + from + " is after to " + to);
        }
    }

    static LocalDate date(UnaryOperator<String> param, String name) {
        String v = blankToNull(param.apply(name));
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new ApiError(400, name + " " + shown(v) + " must be a date of the form YYYY-MM-DD");
        }
    }

    static int intParam(UnaryOperator<String> param, String name, int dflt, int min, int max) {
        String v = blankToNull(param.apply(name));
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new ApiError(400, name + " " + n + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ApiError(400, name + " " + shown(v) + " must be a whole number");
        }
    }

    /**
     * A request's value quoted for an error message: at most {@value #SHOWN_CHARS} characters, control characters
     * as '?', so that a message names what was sent without echoing a huge or line-breaking value.
     */
    static String shown(String v) {
        StringBuilder out = new StringBuilder("'");
        v.codePoints().limit(SHOWN_CHARS).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.append(v.codePointCount(0, v.length()) > SHOWN_CHARS ? "…'" : "'").toString();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
