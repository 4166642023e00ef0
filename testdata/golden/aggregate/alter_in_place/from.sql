CREATE FUNCTION num_add(numeric, numeric) RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT $1 + $2 $$;
CREATE FUNCTION num_sub(numeric, numeric) RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT $1 - $2 $$;

CREATE AGGREGATE my_sum(numeric) (SFUNC = num_add, STYPE = numeric, INITCOND = '0');

CREATE TABLE t (n numeric);
CREATE VIEW total AS SELECT my_sum(n) AS total FROM t;
