SET check_function_bodies = false;

CREATE FUNCTION public.numeric_accum(numeric[], numeric) RETURNS numeric[]
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_append($1, $2) $$;

CREATE FUNCTION public.numeric_first(numeric[]) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1[1] $$;

CREATE AGGREGATE public.first_amount(numeric) (
    SFUNC = public.numeric_accum,
    STYPE = numeric[],
    INITCOND = '{}',
    FINALFUNC = public.numeric_first
);

CREATE VIEW public.first_order AS
SELECT first_amount(amount) AS amount FROM orders;

COMMENT ON AGGREGATE public.first_amount(numeric) IS 'first value seen';
