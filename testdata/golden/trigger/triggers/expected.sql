DROP TRIGGER orders_status ON public.orders;

DROP TRIGGER orders_gone ON public.orders;

CREATE TRIGGER orders_status AFTER UPDATE OF status ON public.orders FOR EACH ROW WHEN (old.status is distinct from new.status) EXECUTE FUNCTION public.log_status();

CREATE TRIGGER orders_new AFTER INSERT ON public.orders FOR EACH ROW EXECUTE FUNCTION public.log_status('new', '1');

ALTER TABLE public.orders DISABLE TRIGGER orders_new;

COMMENT ON TRIGGER orders_new ON public.orders IS 'logs new orders';
