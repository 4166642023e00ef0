-- the labels of public.st change in a way ADD VALUE cannot make
ALTER TYPE public.st RENAME TO st__schemadiff_old;

CREATE TYPE public.st AS ENUM (
    'a',
    'c'
);

-- the labels of public.st change in a way ADD VALUE cannot make; fails if a row holds a label that no longer exists
ALTER TABLE public.m ALTER COLUMN s TYPE public.st USING s::text::public.st;

-- the labels of public.st change in a way ADD VALUE cannot make; fails if a row holds a label that no longer exists
ALTER TABLE public.base ALTER COLUMN s TYPE public.st USING s::text::public.st;

DROP TYPE public.st__schemadiff_old;
