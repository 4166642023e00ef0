-- re-created: the type of column public.people.name changes
DROP INDEX public.people_name;

-- the collation public.ci changes while columns use it
ALTER COLLATION public.ci RENAME TO ci__schemadiff_old;

CREATE COLLATION public.ci (deterministic = false, locale = 'und-u-ks-level1', provider = icu);

ALTER TABLE public.people ALTER COLUMN name TYPE text COLLATE public.ci;

ALTER TABLE public.people ALTER COLUMN nick TYPE text COLLATE public.ci;

DROP COLLATION public.ci__schemadiff_old;

-- re-created: the type of column public.people.name changes
CREATE INDEX people_name ON public.people (name);
