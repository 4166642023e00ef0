-- changing text to character varying(100) can fail or lose data
ALTER TABLE public.t ALTER COLUMN name TYPE character varying(100);

-- changing character varying(20) to character varying(10) can fail or lose data
ALTER TABLE public.t ALTER COLUMN code TYPE character varying(10);
