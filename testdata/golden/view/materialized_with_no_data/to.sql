CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL);
CREATE MATERIALIZED VIEW event_kinds AS SELECT kind, count(*) AS n FROM events GROUP BY kind
  WITH NO DATA;
-- a new one is created as written: empty until REFRESH MATERIALIZED VIEW
CREATE MATERIALIZED VIEW event_ids AS SELECT id FROM events WITH NO DATA;
CREATE MATERIALIZED VIEW event_count AS SELECT count(*) AS n FROM events WITH DATA;
