SET check_function_bodies = false;

-- re-created: function public.add(integer, integer) is dropped or re-created
DROP VIEW public.sums;

-- re-created: function public.add(integer, integer) is dropped or re-created
ALTER TABLE public.t DROP CONSTRAINT t_check;

-- re-created: function public.add(integer, integer) is dropped or re-created
DROP INDEX public.t_sum;

CREATE FUNCTION public.add(a bigint, b bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE
    AS $$select a + b$$;

DROP FUNCTION public.add(integer, integer);

-- re-created: function public.add(integer, integer) is dropped or re-created
ALTER TABLE public.t ADD CONSTRAINT t_check CHECK (add(a, b) < 100);

-- re-created: function public.add(integer, integer) is dropped or re-created
CREATE INDEX t_sum ON public.t ((add(a, b)));

-- re-created: function public.add(integer, integer) is dropped or re-created
CREATE VIEW public.sums AS
select add(1, 2) as x;
