-- the operator gains a commutator: dropped and created again, so the check and the view that apply it are too
create function int_close(integer, integer) returns boolean language sql immutable as $$ select abs($1 - $2) < 2 $$;
create operator === (function = int_close, leftarg = int, rightarg = int, commutator = ===);
create table t (a int, b int, check (a === b));
create view close_pairs as select a, b from t where a === b;
