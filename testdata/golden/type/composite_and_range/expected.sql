DROP TYPE public.span;

ALTER TYPE public.pair ALTER ATTRIBUTE a SET DATA TYPE bigint;

ALTER TYPE public.pair ADD ATTRIBUTE c boolean;

CREATE TYPE public.span AS RANGE (
    subtype = bigint
);

CREATE TYPE public.point3 AS (
    x double precision,
    y double precision,
    z double precision
);
