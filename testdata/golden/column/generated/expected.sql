ALTER TABLE public.t DROP COLUMN total;

ALTER TABLE public.t ADD COLUMN total numeric GENERATED ALWAYS AS (price * qty * 1.2) STORED;
