CREATE TABLE orders (id bigint PRIMARY KEY, amount numeric NOT NULL);

-- the transition function must exist before the aggregate
CREATE FUNCTION numeric_accum(numeric[], numeric) RETURNS numeric[]
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_append($1, $2) $$;

CREATE FUNCTION numeric_first(numeric[]) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1[1] $$;

-- numeric_accum is also a built-in name: the server picks ours by its argument types
CREATE AGGREGATE first_amount(numeric) (
    sfunc = numeric_accum,
    stype = numeric[],
    finalfunc = numeric_first,
    initcond = '{}',
    parallel = unsafe
);
COMMENT ON AGGREGATE first_amount(numeric) IS 'first value seen';

CREATE VIEW first_order AS SELECT first_amount(amount) AS amount FROM orders;
