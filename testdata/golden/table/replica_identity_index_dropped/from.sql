create table t (id int, a int not null);
create unique index t_a_idx on t (a);
alter table t replica identity using index t_a_idx;
