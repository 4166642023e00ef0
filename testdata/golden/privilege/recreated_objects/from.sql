CREATE TABLE events (id bigint PRIMARY KEY, kind text, at timestamp);

CREATE VIEW recent_events AS SELECT id, kind FROM events WHERE at > now() - interval '1 day';
GRANT SELECT ON recent_events TO dashboard;

CREATE FUNCTION event_count(k text) RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM events WHERE kind = k $$;
REVOKE EXECUTE ON FUNCTION event_count(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION event_count(text) TO dashboard;
