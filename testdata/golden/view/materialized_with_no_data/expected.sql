CREATE MATERIALIZED VIEW public.event_ids AS
SELECT id FROM events
  WITH NO DATA;

CREATE MATERIALIZED VIEW public.event_count AS
SELECT count(*) AS n FROM events;
