-- SQL-standard bodies are bound to what they use, as views are: a column retyped or dropped, a view re-created, a
-- table dropped, each under a function that uses it
create table t (id int, a bigint, b int);
create view v as select id, a from t;
create function total_a() returns bigint language sql begin atomic select sum(a) from t; end;
create function total_b() returns bigint language sql return (select sum(b) from t);
create function rows_v() returns bigint language sql stable begin atomic select count(*) from v; end;
