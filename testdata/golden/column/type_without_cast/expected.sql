-- changing integer to uuid can fail or lose data (there is no cast: converted through text)
ALTER TABLE public.t ALTER COLUMN token TYPE uuid USING token::text::uuid;

-- changing integer to jsonb can fail or lose data (there is no cast: converted through text)
ALTER TABLE public.t ALTER COLUMN payload TYPE jsonb USING payload::text::jsonb;

-- changing boolean to date can fail or lose data (there is no cast: converted through text)
ALTER TABLE public.t ALTER COLUMN due TYPE date USING due::text::date;

-- changing integer to boolean can fail or lose data
ALTER TABLE public.t ALTER COLUMN active TYPE boolean USING active::boolean;

-- changing jsonb to integer can fail or lose data
ALTER TABLE public.t ALTER COLUMN score TYPE integer USING score::integer;

-- changing text[] to integer[] can fail or lose data
ALTER TABLE public.t ALTER COLUMN tags TYPE integer[] USING tags::integer[];

-- changing integer[] to uuid[] can fail or lose data (there is no cast: converted through text)
ALTER TABLE public.t ALTER COLUMN refs TYPE uuid[] USING refs::text::uuid[];

-- changing uuid to bytea can fail or lose data (there is no cast: converted through text)
ALTER TABLE public.t ALTER COLUMN checksum TYPE bytea USING checksum::text::bytea;

-- changing integer to uuid can fail or lose data (there is no cast: converted through text)
ALTER TABLE public.t ALTER COLUMN ext_id DROP DEFAULT,
    ALTER COLUMN ext_id TYPE uuid USING ext_id::text::uuid,
    ALTER COLUMN ext_id SET DEFAULT gen_random_uuid();
