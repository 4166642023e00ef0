-- the same schema, as it stands: nothing to do
create schema s;
create table s.t (id serial primary key, a int generated always as identity, b int);
create index t_b on s.t (b);

create table u (id int);
