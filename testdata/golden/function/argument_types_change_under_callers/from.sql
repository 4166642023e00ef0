create function add(a int, b int) returns int language sql immutable as 'select a + b';
create view sums as select add(1, 2) as x;
create table t (a int, b int, check (add(a, b) < 100));
create index t_sum on t (add(a, b));
