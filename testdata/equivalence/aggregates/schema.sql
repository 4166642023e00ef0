-- Aggregates as people write them by hand: lower-case options, defaults spelled out, the old BASETYPE form,
-- unqualified support functions (one shares its name with a built-in), and comments.
CREATE SCHEMA stats;

CREATE FUNCTION numeric_accum(numeric[], numeric) RETURNS numeric[]
    LANGUAGE sql IMMUTABLE AS $$ SELECT array_append($1, $2) $$;
CREATE FUNCTION numeric_first(numeric[]) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT $1[1] $$;
CREATE AGGREGATE first_amount(numeric) (
    sfunc = numeric_accum, stype = numeric[], finalfunc = numeric_first, initcond = '{}',
    parallel = unsafe, sspace = 0, finalfunc_modify = read_only
);
COMMENT ON AGGREGATE first_amount(numeric) IS 'first value seen';

CREATE FUNCTION num_add(numeric, numeric) RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT $1 + $2 $$;
CREATE FUNCTION num_sub(numeric, numeric) RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT $1 - $2 $$;
CREATE AGGREGATE my_sum(numeric) (
    SFUNC = num_add, STYPE = numeric, COMBINEFUNC = num_add, INITCOND = 0,
    MSFUNC = num_add, MINVFUNC = num_sub, MSTYPE = numeric, MINITCOND = '0', PARALLEL = SAFE
);

CREATE FUNCTION str_append(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT $1 || $2 $$;
CREATE AGGREGATE str_concat(text) (SFUNC = str_append, STYPE = text, INITCOND = '');

CREATE FUNCTION stats.count_step(bigint) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 + 1 $$;
CREATE AGGREGATE stats.rows_seen(*) (SFUNC = stats.count_step, STYPE = bigint, INITCOND = '0');
CREATE AGGREGATE stats.old_style (BASETYPE = bigint, SFUNC = int8pl, STYPE = bigint);
CREATE AGGREGATE stats.biggest(integer) (SFUNC = int4larger, STYPE = integer, SORTOP = >);
COMMENT ON AGGREGATE stats.rows_seen(*) IS 'rows';

CREATE TABLE orders (id bigint PRIMARY KEY, amount numeric NOT NULL);
CREATE VIEW order_totals AS SELECT my_sum(amount) AS total, first_amount(amount) AS first FROM orders;
