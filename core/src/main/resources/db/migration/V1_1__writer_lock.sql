-- One row that every ingest transaction locks first (SELECT ... FOR UPDATE), so writers in several
-- processes (sitrep serve, ingest, watch) re-fuse blocks one at a time: re-fusion reads a whole block and
-- replaces its events, which two concurrent writers would otherwise both do from a stale read.
CREATE TABLE writer_lock (
    id INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO writer_lock (id) VALUES (1);
