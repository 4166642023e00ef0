SET check_function_bodies = false;

-- re-created: the type of column public.events.kind changes
DROP VIEW public.recent_events;

DROP FUNCTION public.event_count(text);

CREATE FUNCTION public.event_count(k character varying) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM events WHERE kind = k $$;

-- changing text to character varying(40) can fail or lose data
ALTER TABLE public.events ALTER COLUMN kind TYPE character varying(40);

-- re-created: the type of column public.events.kind changes
CREATE VIEW public.recent_events AS
SELECT id, kind FROM events WHERE at > now() - interval '1 day';

GRANT SELECT ON TABLE public.recent_events TO dashboard;

GRANT EXECUTE ON FUNCTION public.event_count(character varying) TO dashboard;

REVOKE EXECUTE ON FUNCTION public.event_count(character varying) FROM PUBLIC;
