CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL);
-- populated here, and WITH NO DATA in to.sql (as pg_dump --schema-only writes every materialized view): whether it
-- holds data is data, not schema, so it is no difference
CREATE MATERIALIZED VIEW event_kinds AS SELECT kind, count(*) AS n FROM events GROUP BY kind;
