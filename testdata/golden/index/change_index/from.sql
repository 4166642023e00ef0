create table t (id int primary key, a int, b int);
create index t_ab on t (a, b);
create index t_b on t (b);
