-- Writers take the lock by updating this row (UPDATE ... SET writes = writes + 1) instead of
-- SELECT ... FOR UPDATE: a real write is an exclusive row lock in H2 and PostgreSQL alike, and H2 then
-- reads what the previous writer committed (with FOR UPDATE alone, two ingest processes under load
-- both saw an article as new and the second one's insert failed on the primary key).
ALTER TABLE writer_lock ADD COLUMN writes BIGINT DEFAULT 0 NOT NULL;
