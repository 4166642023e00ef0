CREATE FUNCTION num_add(numeric, numeric) RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT $1 + $2 $$;
CREATE FUNCTION num_sub(numeric, numeric) RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT $1 - $2 $$;

-- same result type: CREATE OR REPLACE AGGREGATE, and the view that uses it stays
CREATE AGGREGATE my_sum(numeric) (
    SFUNC = num_add,
    STYPE = numeric,
    COMBINEFUNC = num_add,
    INITCOND = '0',
    MSFUNC = num_add,
    MINVFUNC = num_sub,
    MSTYPE = numeric,
    MINITCOND = '0',
    PARALLEL = SAFE
);

CREATE TABLE t (n numeric);
CREATE VIEW total AS SELECT my_sum(n) AS total FROM t;
