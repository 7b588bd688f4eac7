package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Place;

/** How the store's values cross JDBC the same way on H2 and PostgreSQL: dates, instants, JSON, IN lists. */
final class SqlValues {
    /** Longest IN (...) list sent in one statement. */
    static final int CHUNK = 500;

    private SqlValues() {
    }

    static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setObject(i, d);
        }
    }

    /** A place's filter columns, country, admin1 and location name, from parameter {@code i} on; nulls without a place. */
    static void setPlace(PreparedStatement ps, int i, Place p) throws SQLException {
        ps.setString(i, p == null ? null : p.country());
        ps.setString(i + 1, p == null ? null : p.admin1());
        ps.setString(i + 2, p == null ? null : p.name());
    }

    /** Instants are stored as UTC wall-clock TIMESTAMPs, the same on H2 and PostgreSQL whatever the zone. */
    static void setInstant(PreparedStatement ps, int i, Instant at) throws SQLException {
        if (at == null) {
            ps.setNull(i, Types.TIMESTAMP);
        } else {
            ps.setObject(i, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        }
    }

    static Instant instant(ResultSet rs, int i) throws SQLException {
        LocalDateTime t = rs.getObject(i, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /** {@code n} parameter marks for an IN list. */
    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** The distinct values in order, in lists of at most {@link #CHUNK}. */
    static List<List<String>> chunks(Collection<String> values) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(values));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }

    /** Sets the statement's parameters, in order, to the values. */
    static void setStrings(PreparedStatement ps, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setString(i + 1, values.get(i));
        }
    }

    /** The distinct first column of {@code sqlWithIn} (one "%s" for the IN list) over the values, chunk by chunk. */
    static Set<String> distinctWhereIn(Connection conn, String sqlWithIn, Collection<String> values) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> chunk : chunks(values)) {
            try (PreparedStatement ps = conn.prepareStatement(String.format(sqlWithIn, marks(chunk.size())))) {
                setStrings(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    /** The JSON documents in the first column of the statement's rows, in order. */
    static List<JsonNode> jsonRows(PreparedStatement ps) throws SQLException {
        List<JsonNode> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(parse(rs.getString(1)));
            }
        }
        return out;
    }

    static String json(ObjectNode node) {
        try {
            return EventJson.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON is not valid: " + e.getOriginalMessage(), e);
        }
    }
}
