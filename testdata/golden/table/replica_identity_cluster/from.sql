CREATE TABLE events (id bigint PRIMARY KEY, topic text NOT NULL, at timestamptz NOT NULL);
CREATE UNIQUE INDEX events_topic_at ON events (topic, at);
CREATE INDEX events_at ON events (at);
ALTER TABLE events REPLICA IDENTITY USING INDEX events_topic_at;
ALTER TABLE events CLUSTER ON events_at;

CREATE TABLE audit (id bigint, what text);
ALTER TABLE audit REPLICA IDENTITY FULL;

CREATE TABLE jobs (id bigint PRIMARY KEY, state text);
