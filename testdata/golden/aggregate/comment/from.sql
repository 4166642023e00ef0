CREATE FUNCTION f_max(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT greatest($1, $2) $$;
CREATE AGGREGATE biggest(integer) (SFUNC = f_max, STYPE = integer);
COMMENT ON AGGREGATE biggest(integer) IS 'old';
