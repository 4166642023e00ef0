create table t (id int, a int, b int);
create view v as select id, a from t;
create function total_a() returns bigint language sql begin atomic select sum(a) from t; end;
create function total_b() returns bigint language sql return (select sum(a) from t);
create function rows_v() returns bigint language sql stable begin atomic select count(*) from v; end;
create table old (x int);
create function count_old() returns bigint language sql begin atomic select count(*) from old; end;
