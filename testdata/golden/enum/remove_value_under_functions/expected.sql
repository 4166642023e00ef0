SET check_function_bodies = false;

-- re-created: function public.cheer(public.mood) is dropped or re-created
DROP VIEW public.cheered;

-- re-created: the labels of public.mood change in a way ADD VALUE cannot make
DROP FUNCTION public.cheer(public.mood);

-- re-created: the base type of public.score changes
DROP FUNCTION public.bump(public.score);

-- the labels of public.mood change in a way ADD VALUE cannot make
ALTER TYPE public.mood RENAME TO mood__schemadiff_old;

CREATE TYPE public.mood AS ENUM (
    'sad',
    'ok'
);

-- the base type of public.score changes
ALTER DOMAIN public.score RENAME TO score__schemadiff_old;

DROP DOMAIN public.score__schemadiff_old;

CREATE DOMAIN public.score AS bigint
    CONSTRAINT score_check CHECK (value > 0);

-- re-created: dropped together with function public.cheer(public.mood)
CREATE FUNCTION public.cheer(x public.mood) RETURNS public.mood
    LANGUAGE sql
    AS $$ select 'ok'::mood $$;

-- re-created: dropped together with function public.bump(public.score)
CREATE FUNCTION public.bump(s public.score) RETURNS integer
    LANGUAGE sql
    AS $$ select s + 1 $$;

-- the labels of public.mood change in a way ADD VALUE cannot make; fails if a row holds a label that no longer exists
ALTER TABLE public.people ALTER COLUMN m DROP DEFAULT,
    ALTER COLUMN m TYPE public.mood USING m::text::public.mood,
    ALTER COLUMN m SET DEFAULT 'ok';

DROP TYPE public.mood__schemadiff_old;

-- re-created: function public.cheer(public.mood) is dropped or re-created
CREATE VIEW public.cheered AS
select id, cheer(m) as m from people;
