create function int_close(integer, integer) returns boolean language sql immutable as $$ select abs($1 - $2) < 2 $$;
create operator === (function = int_close, leftarg = int, rightarg = int);
create table t (a int, b int, check (a === b));
create view close_pairs as select a, b from t where a === b;
