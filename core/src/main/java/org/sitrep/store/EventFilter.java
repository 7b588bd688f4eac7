package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.resolve.place.Admin1Names;

/**
 * An {@link EventQuery} as SQL over the events table: its WHERE clause with the arguments in order, and the
 * values of the {@code event_outlets} and {@code event_actors} tables that the outlet and actor filters match.
 *
 * @param sql  the clauses, each starting " AND ", to follow {@code WHERE 1 = 1}
 * @param args the arguments of the clauses' parameters: String, LocalDate or Integer
 */
record EventFilter(String sql, List<Object> args) {
    /** The longest filter value stored (db/migration V1_6); a longer one is cut, and so is the value asked for. */
    static final int VALUE_CHARS = 500;

    EventFilter {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** The filter clauses of a query. */
    static EventFilter of(EventQuery q) {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (q.from() != null) {
            sql.append(" AND COALESCE(date_end, date) >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND date <= ?");
            args.add(q.to());
        }
        if (q.region() != null) {
            String r = q.region().toLowerCase(Locale.ROOT);
            sql.append(" AND (LOWER(country) = ? OR LOWER(admin1) = ? OR LOWER(location_name) = ?");
            args.add(r);
            args.add(r);
            args.add(r);
            // admin1 holds the report's spelling: the gazetteer's name of the region (or its code) finds it by code
            List<String> codes = new ArrayList<>(Admin1Names.codes(q.region()));
            codes.add(q.region().strip().toUpperCase(Locale.ROOT));
            sql.append(" OR admin1_code IN (").append(SqlValues.marks(codes.size())).append("))");
            args.addAll(codes);
        }
        if (q.eventType() != null) {
            String t = q.eventType().toLowerCase(Locale.ROOT);
            sql.append(" AND (LOWER(event_type) = ? OR LOWER(sub_event_type) = ?)");
            args.add(t);
            args.add(t);
        }
        if (q.subEventType() != null) {
            sql.append(" AND LOWER(sub_event_type) = ?");
            args.add(q.subEventType().toLowerCase(Locale.ROOT));
        }
        if (q.actor() != null) {
            sql.append(" AND id IN (SELECT event_id FROM event_actors WHERE actor = ?)");
            args.add(value(q.actor()));
        }
        if (q.outlet() != null) {
            sql.append(" AND id IN (SELECT event_id FROM event_outlets WHERE outlet = ?)");
            args.add(value(q.outlet()));
        }
        if (q.status() != null) {
            sql.append(" AND status = ?");
            args.add(q.status().code());
        }
        return new EventFilter(sql.toString(), args);
    }

    /** {@code head} (a SELECT ... WHERE 1 = 1), these clauses, then {@code tail}, prepared with the arguments. */
    PreparedStatement prepare(Connection conn, String head, String tail, List<?> tailArgs) throws SQLException {
        List<Object> all = new ArrayList<>(args);
        all.addAll(tailArgs);
        PreparedStatement ps = conn.prepareStatement(head + sql + tail);
        for (int i = 0; i < all.size(); i++) {
            Object v = all.get(i);
            if (v instanceof java.time.LocalDate d) {
                SqlValues.setDate(ps, i + 1, d);
            } else if (v instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else {
                ps.setString(i + 1, (String) v);
            }
        }
        return ps;
    }

    /** The rows of one event in a filter table: its distinct values as {@link #value} gives them; blanks dropped. */
    static Set<String> values(List<String> values) {
        Set<String> distinct = new LinkedHashSet<>();
        values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> distinct.add(value(v)));
        return distinct;
    }

    /**
     * A value as the filter tables hold it and the filters ask for it: lower case, at most {@link #VALUE_CHARS}
     * characters, never ending in half a surrogate pair.
     */
    static String value(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.length() <= VALUE_CHARS) {
            return lower;
        }
        return lower.substring(0, Character.isHighSurrogate(lower.charAt(VALUE_CHARS - 1)) ? VALUE_CHARS - 1 : VALUE_CHARS);
    }
}
