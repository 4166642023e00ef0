ALTER TABLE public.t ALTER COLUMN name TYPE character varying(200);

ALTER TABLE public.t ALTER COLUMN amount TYPE numeric(12,2);

ALTER TABLE public.t ALTER COLUMN counter TYPE bigint;
