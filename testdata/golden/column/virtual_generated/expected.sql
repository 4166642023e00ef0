ALTER TABLE public.items DROP COLUMN total;

ALTER TABLE public.items ADD COLUMN total numeric GENERATED ALWAYS AS (price * qty) VIRTUAL;

ALTER TABLE public.items ADD COLUMN label text GENERATED ALWAYS AS ('item ' || id) VIRTUAL;
