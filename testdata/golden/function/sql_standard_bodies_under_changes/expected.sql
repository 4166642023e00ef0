SET check_function_bodies = false;

DROP FUNCTION public.count_old();

DROP TABLE public.old;

-- re-created: the type of column public.t.a changes
DROP FUNCTION public.total_a();

-- re-created: the type of column public.t.a changes
DROP FUNCTION public.total_b();

-- re-created: view public.v is dropped or re-created
DROP FUNCTION public.rows_v();

-- re-created: the type of column public.t.a changes
DROP VIEW public.v;

-- re-created: the type of column public.t.a changes
CREATE FUNCTION public.total_b() RETURNS bigint
    LANGUAGE sql
RETURN (select sum(b) from t);

ALTER TABLE public.t ALTER COLUMN a TYPE bigint;

-- re-created: the type of column public.t.a changes
CREATE FUNCTION public.total_a() RETURNS bigint
    LANGUAGE sql
begin atomic select sum(a) from t ; end;

-- re-created: the type of column public.t.a changes
CREATE VIEW public.v AS
select id, a from t;

-- re-created: view public.v is dropped or re-created
CREATE FUNCTION public.rows_v() RETURNS bigint
    LANGUAGE sql STABLE
begin atomic select count(*) from v ; end;
