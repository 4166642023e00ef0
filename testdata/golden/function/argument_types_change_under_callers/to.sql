-- the function's argument types change: a new overload, and the old one goes before its callers are created
-- again (they would bind to the old one, or find the call ambiguous)
create function add(a bigint, b bigint) returns bigint language sql immutable as 'select a + b';
create view sums as select add(1, 2) as x;
create table t (a int, b int, check (add(a, b) < 100));
create index t_sum on t (add(a, b));
