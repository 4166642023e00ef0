DROP INDEX public.t_ab;

CREATE INDEX t_ab ON public.t (a) WHERE (b > 0);

COMMENT ON INDEX public.t_b IS 'by b';
