-- The values the outlet and actor filters match (EventQuery.outlet, EventQuery.actor), one row per event and
-- value, instead of all of an event's values joined by newlines in one column of events and found with LIKE.
-- A value is the outlet (the article id when the outlet is unknown) or an actor's normalized name, in lower
-- case and at most 500 characters (a longer one is cut, and so is the value a query asks for): an index entry
-- must stay within PostgreSQL's B-tree limit whatever the characters. V1_7 moves the old columns' values here.
CREATE TABLE event_outlets (
    event_id VARCHAR(64)  NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    outlet   VARCHAR(500) NOT NULL,
    PRIMARY KEY (event_id, outlet)
);
CREATE INDEX event_outlets_outlet ON event_outlets (outlet);

CREATE TABLE event_actors (
    event_id VARCHAR(64)  NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    actor    VARCHAR(500) NOT NULL,
    PRIMARY KEY (event_id, actor)
);
CREATE INDEX event_actors_actor ON event_actors (actor);
