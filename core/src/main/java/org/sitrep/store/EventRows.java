package org.sitrep.store;

import static org.sitrep.store.SqlValues.setDate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Account;
import org.sitrep.model.Actor;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Dispute;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

/**
 * The events fusion writes: each event with its filter columns, its outlets and actors (the rows the outlet and
 * actor filters match), its mentions and its disputes, replacing the events that held the re-fused mentions. Reading them is {@link EventQueries}'.
 */
final class EventRows {
    private final Connection conn;

    EventRows(Connection conn) {
        this.conn = conn;
    }

    /** The ids of the events that hold any of the mentions. */
    Set<String> eventIds(Collection<String> mentionIds) throws SQLException {
        return SqlValues.distinctWhereIn(conn, "SELECT DISTINCT event_id FROM event_mentions WHERE mention_id IN (%s)",
                mentionIds);
    }

    /** Deletes the events that held the mentions (their links, disputes and filter rows cascade), then inserts the new ones. */
    void replace(Collection<String> affectedMentionIds, List<Event> events) throws SQLException {
        Set<String> old = eventIds(affectedMentionIds);
        for (List<String> chunk : SqlValues.chunks(old)) {
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM events WHERE id IN ("
                    + SqlValues.marks(chunk.size()) + ")")) {
                SqlValues.setStrings(ps, chunk);
                ps.executeUpdate();
            }
        }
        insert(events);
    }

    private void insert(List<Event> events) throws SQLException {
        try (PreparedStatement ev = conn.prepareStatement("INSERT INTO events (id, event_type, sub_event_type, status, "
                + "date, date_end, country, admin1, location_name, fatalities, json, admin1_code) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement ou = conn.prepareStatement("INSERT INTO event_outlets (event_id, outlet) VALUES (?, ?)");
             PreparedStatement ac = conn.prepareStatement("INSERT INTO event_actors (event_id, actor) VALUES (?, ?)");
             PreparedStatement em = conn.prepareStatement("INSERT INTO event_mentions (event_id, mention_id) VALUES (?, ?)");
             PreparedStatement di = conn.prepareStatement("INSERT INTO disputes (event_id, ordinal, kind, field, summary) "
                     + "VALUES (?, ?, ?, ?, ?)")) {
            for (Event e : events) {
                Place p = e.location();
                Count fatalities = e.counts().get(CountRole.FATALITIES);
                ev.setString(1, e.id());
                ev.setString(2, e.type().eventType());
                ev.setString(3, e.type().subEventType());
                ev.setString(4, e.status().code());
                setDate(ev, 5, e.date().date());
                setDate(ev, 6, e.date().dateEnd());
                SqlValues.setPlace(ev, 7, p);
                if (fatalities == null || fatalities.value() == null) {
                    ev.setNull(10, Types.BIGINT);
                } else {
                    ev.setLong(10, fatalities.value());
                }
                ev.setString(11, SqlValues.json(EventJson.event(e)));
                ev.setString(12, p == null ? null : p.admin1Code());
                ev.addBatch();
                addRows(ou, e.id(), EventFilter.values(e.accounts().stream().map(Account::label).toList()));
                addRows(ac, e.id(), EventFilter.values(actorNames(e)));
                for (String m : new LinkedHashSet<>(e.mentionIds())) {
                    em.setString(1, e.id());
                    em.setString(2, m);
                    em.addBatch();
                }
                int ordinal = 0;
                for (Dispute d : e.disputes()) {
                    di.setString(1, e.id());
                    di.setInt(2, ordinal++);
                    di.setString(3, d.kind());
                    di.setString(4, d.field());
                    di.setString(5, d.summary());
                    di.addBatch();
                }
            }
            ev.executeBatch();
            ou.executeBatch();
            ac.executeBatch();
            em.executeBatch();
            di.executeBatch();
        }
    }

    private static void addRows(PreparedStatement ps, String eventId, Collection<String> values) throws SQLException {
        for (String v : values) {
            ps.setString(1, eventId);
            ps.setString(2, v);
            ps.addBatch();
        }
    }

    /** The event's actors and every account's, which the actor filter matches. */
    static List<String> actorNames(Event e) {
        List<String> names = new ArrayList<>();
        addActor(names, e.actor1());
        addActor(names, e.actor2());
        for (Account a : e.accounts()) {
            addActor(names, a.actor1());
            addActor(names, a.actor2());
        }
        return names;
    }

    private static void addActor(List<String> names, Actor a) {
        if (a != null && a.name() != null) {
            names.add(a.name());
        }
    }
}
