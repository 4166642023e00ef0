-- changing text to integer can fail or lose data
ALTER TABLE public.t ALTER COLUMN zip TYPE integer USING zip::integer;

-- changing text to numeric can fail or lose data
ALTER TABLE public.t ALTER COLUMN ratio DROP DEFAULT,
    ALTER COLUMN ratio TYPE numeric USING ratio::numeric,
    ALTER COLUMN ratio SET DEFAULT 1;
