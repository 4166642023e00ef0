SET check_function_bodies = false;

DROP CAST (text AS public.color);

DROP CAST (text AS public.monetary);

DROP CAST (public.old_pair AS text);

DROP FUNCTION public.monetary(text);

DROP FUNCTION public.pair_text(public.old_pair);

DROP TYPE public.old_pair;

CREATE FUNCTION public.monetary(character varying) RETURNS public.monetary
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT replace($1, '$', '')::numeric $$;

CREATE CAST (character varying AS public.monetary) WITH FUNCTION public.monetary(character varying) AS IMPLICIT;

CREATE CAST (text AS public.color) WITH INOUT;

COMMENT ON CAST (text AS public.color) IS 'names to colors, explicitly';
