-- kind becomes varchar: the view over it is dropped and created again, and its grant with it
CREATE TABLE events (id bigint PRIMARY KEY, kind varchar(40), at timestamp);

CREATE VIEW recent_events AS SELECT id, kind FROM events WHERE at > now() - interval '1 day';
GRANT SELECT ON recent_events TO dashboard;

-- the function's argument type changes: a new function, which must be locked down again
CREATE FUNCTION event_count(k varchar) RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM events WHERE kind = k $$;
REVOKE EXECUTE ON FUNCTION event_count(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION event_count(varchar) TO dashboard;
