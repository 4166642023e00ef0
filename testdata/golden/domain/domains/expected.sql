DROP DOMAIN public.old_thing;

ALTER DOMAIN public.positive_int SET DEFAULT 1;

ALTER DOMAIN public.positive_int SET NOT NULL;

ALTER DOMAIN public.positive_int ADD CONSTRAINT positive_int_check1 CHECK (value < 1000000);

-- the base type of public.code changes
ALTER DOMAIN public.code RENAME TO code__schemadiff_old;

CREATE DOMAIN public.code AS character varying(10);

CREATE DOMAIN public.email AS text
    CONSTRAINT email_check CHECK (value like '%@%');

-- the base type of public.code changes
ALTER TABLE public.t ALTER COLUMN c TYPE public.code USING c::text::public.code;

DROP DOMAIN public.code__schemadiff_old;

ALTER TABLE public.t ADD COLUMN e public.email;

COMMENT ON DOMAIN public.email IS 'has an at sign';
