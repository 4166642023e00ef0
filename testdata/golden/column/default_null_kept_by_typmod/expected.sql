ALTER TABLE public.t ALTER COLUMN a SET DEFAULT NULL;

ALTER TABLE public.t ALTER COLUMN b DROP DEFAULT;

ALTER TABLE public.t ADD COLUMN d timestamp(0) without time zone DEFAULT NULL::timestamp without time zone;

ALTER TABLE public.t ADD COLUMN e public.code DEFAULT NULL;

ALTER TABLE public.t ADD COLUMN f text;
