-- re-created: the type of column public.t.a changes
DROP TRIGGER t_when ON public.t;

-- re-created: the type of column public.t.a changes
DROP TRIGGER t_update_of ON public.t;

-- re-created: the type of column public.t.owner_id changes
DROP POLICY mine ON public.t;

-- re-created: the type of column public.m.v changes
DROP VIEW public.m1_values;

ALTER TABLE public.t ALTER COLUMN a TYPE bigint;

ALTER TABLE public.t ALTER COLUMN owner_id TYPE bigint;

ALTER TABLE public.m ALTER COLUMN v TYPE bigint;

-- re-created: the type of column public.m.v changes
CREATE VIEW public.m1_values AS
select id, v from m1;

-- re-created: the type of column public.t.a changes
CREATE TRIGGER t_when BEFORE UPDATE ON public.t FOR EACH ROW WHEN (new.a > 0) EXECUTE FUNCTION public.touch();

-- re-created: the type of column public.t.a changes
CREATE TRIGGER t_update_of BEFORE UPDATE OF a ON public.t FOR EACH ROW EXECUTE FUNCTION public.touch();

-- re-created: the type of column public.t.owner_id changes
CREATE POLICY mine ON public.t TO public USING (owner_id = 1);
