SET check_function_bodies = false;

-- re-created: function public.total(integer) is dropped or re-created
DROP VIEW public.stock;

DROP AGGREGATE public.total(integer);

CREATE FUNCTION public.big_add(bigint, integer) RETURNS bigint
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1 + $2 $$;

CREATE AGGREGATE public.total(integer) (
    SFUNC = public.big_add,
    STYPE = bigint,
    INITCOND = '0'
);

-- re-created: function public.total(integer) is dropped or re-created
CREATE VIEW public.stock AS
SELECT total(qty) AS qty FROM items;
