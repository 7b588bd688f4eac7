package org.sitrep.store;

import java.time.LocalDate;
import org.sitrep.model.Status;

/**
 * Filters for {@link EventStore#events}. Null fields do not filter.
 *
 * @param from      events that end on or after this day (undated events are left out when set)
 * @param to        events that start on or before this day
 * @param region    a country, admin1 region or location name, case-insensitive
 * @param eventType an event type or sub-event type, case-insensitive
 * @param subEventType a sub-event type, case-insensitive
 * @param actor     an actor's normalized name, as the event or any account names it, case-insensitive
 * @param outlet    an outlet (or, when unknown, the article id) with an account of the event, case-insensitive
 * @param status    the fused status
 * @param limit     at most this many events
 * @param offset    skip this many first
 */
public record EventQuery(LocalDate from, LocalDate to, String region, String eventType, String subEventType, String actor,
                         String outlet, Status status, int limit, int offset) {
    public static final int DEFAULT_LIMIT = 100;

    public EventQuery {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    public EventQuery from(LocalDate d) {
        return new EventQuery(d, to, region, eventType, subEventType, actor, outlet, status, limit, offset);
    }

    public EventQuery to(LocalDate d) {
        return new EventQuery(from, d, region, eventType, subEventType, actor, outlet, status, limit, offset);
    }

    public EventQuery region(String r) {
        return new EventQuery(from, to, r, eventType, subEventType, actor, outlet, status, limit, offset);
    }

    public EventQuery eventType(String t) {
        return new EventQuery(from, to, region, t, subEventType, actor, outlet, status, limit, offset);
    }

    public EventQuery subEventType(String t) {
        return new EventQuery(from, to, region, eventType, t, actor, outlet, status, limit, offset);
    }

    public EventQuery actor(String a) {
        return new EventQuery(from, to, region, eventType, subEventType, a, outlet, status, limit, offset);
    }

    public EventQuery outlet(String o) {
        return new EventQuery(from, to, region, eventType, subEventType, actor, o, status, limit, offset);
    }

    public EventQuery status(Status s) {
        return new EventQuery(from, to, region, eventType, subEventType, actor, outlet, s, limit, offset);
    }

    public EventQuery limit(int n) {
        return new EventQuery(from, to, region, eventType, subEventType, actor, outlet, status, n, offset);
    }

    public EventQuery offset(int n) {
        return new EventQuery(from, to, region, eventType, subEventType, actor, outlet, status, limit, n);
    }
}
