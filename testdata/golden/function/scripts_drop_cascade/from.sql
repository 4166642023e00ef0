-- a schema kept as migrations: DROP … CASCADE takes along what the server takes along
create function f(x int) returns int language sql immutable as 'select x';
create table t (a int default f(1), b int check (f(b) > 0), c int generated always as (f(7)) stored);
create index t_i on t (f(a));
create view tv as select a, b from t;
drop function f(int) cascade;

create type e as enum ('x', 'y');
create table u (id int, c e, d text);
create view uv as select id, c from u;
drop type e cascade;
