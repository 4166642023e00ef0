SET check_function_bodies = false;

-- re-created: an attribute of public.addr changes type while columns use it
DROP FUNCTION public.zip_of(public.addr);

-- an attribute of public.addr changes type while columns use it
ALTER TYPE public.addr RENAME TO addr__schemadiff_old;

CREATE TYPE public.addr AS (
    street text,
    zip text
);

-- re-created: dropped together with function public.zip_of(public.addr)
CREATE FUNCTION public.zip_of(a public.addr) RETURNS integer
    LANGUAGE sql
    AS $$ select (a).zip::int $$;

-- an attribute of public.addr changes type while columns use it
ALTER TABLE public.customers ALTER COLUMN home TYPE public.addr USING home::text::public.addr;

-- an attribute of public.addr changes type while columns use it
ALTER TABLE public.customers ALTER COLUMN work TYPE public.addr USING work::text::public.addr;

DROP TYPE public.addr__schemadiff_old;
