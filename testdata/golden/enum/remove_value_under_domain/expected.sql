-- the labels of public.mood change in a way ADD VALUE cannot make
ALTER TYPE public.mood RENAME TO mood__schemadiff_old;

CREATE TYPE public.mood AS ENUM (
    'sad',
    'ok'
);

-- the labels of public.mood change in a way ADD VALUE cannot make (the base of public.dm)
ALTER DOMAIN public.dm RENAME TO dm__schemadiff_old;

CREATE DOMAIN public.dm AS public.mood
    CONSTRAINT dm_check CHECK (value <> 'sad');

-- the labels of public.mood change in a way ADD VALUE cannot make (the base of public.dm)
ALTER TABLE public.u ALTER COLUMN d TYPE public.dm USING d::text::public.dm;

DROP DOMAIN public.dm__schemadiff_old;

DROP TYPE public.mood__schemadiff_old;
