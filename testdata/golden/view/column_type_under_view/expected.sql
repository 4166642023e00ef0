-- re-created: the type of column public.items.price changes
DROP VIEW public.expensive;

ALTER TABLE public.items ALTER COLUMN price TYPE numeric(12,2);

-- re-created: the type of column public.items.price changes
CREATE VIEW public.expensive AS
select id, price from items where price > 100;
