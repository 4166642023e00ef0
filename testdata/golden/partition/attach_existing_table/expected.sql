ALTER TABLE public.orders DETACH PARTITION public.orders_us;

ALTER TABLE public.orders ATTACH PARTITION public.orders_eu FOR VALUES IN ('eu');
