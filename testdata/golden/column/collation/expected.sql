ALTER TABLE public.t ALTER COLUMN name TYPE text COLLATE pg_catalog."C";
