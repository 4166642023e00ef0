CREATE FUNCTION f_max(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT greatest($1, $2) $$;
-- renamed and commented after creation, as migrations do
CREATE AGGREGATE largest(integer) (SFUNC = f_max, STYPE = integer);
ALTER AGGREGATE largest(integer) RENAME TO biggest;
COMMENT ON AGGREGATE biggest (integer) IS 'the biggest value';
