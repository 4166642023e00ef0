-- a schema kept as a series of migrations: what SET SCHEMA and DROP COLUMN … CASCADE take along must follow
create schema s;
create table t (id serial primary key, a int generated always as identity, b int);
create index t_b on t (b);
alter table t set schema s;

create table u (id int, a int);
create view v as select id, a from u;
create view v2 as select * from v;
alter table u drop column a cascade;
