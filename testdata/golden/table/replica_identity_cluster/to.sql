-- the index events_at changes (so it is dropped and created again): CLUSTER ON it is set again;
-- the replica identity moves to the primary key (DEFAULT)
CREATE TABLE events (id bigint PRIMARY KEY, topic text NOT NULL, at timestamptz NOT NULL);
CREATE UNIQUE INDEX events_topic_at ON events (topic, at);
CREATE INDEX events_at ON events (at DESC);
ALTER TABLE events CLUSTER ON events_at;

CREATE TABLE audit (id bigint, what text);
ALTER TABLE audit REPLICA IDENTITY NOTHING;

-- logical replication of every column's old value, and ordered by the key
CREATE TABLE jobs (id bigint PRIMARY KEY, state text);
ALTER TABLE ONLY jobs REPLICA IDENTITY FULL;
ALTER TABLE jobs CLUSTER ON jobs_pkey;

CREATE TABLE queue (id bigint NOT NULL, payload text);
CREATE UNIQUE INDEX queue_id ON queue (id);
ALTER TABLE queue REPLICA IDENTITY USING INDEX queue_id;
