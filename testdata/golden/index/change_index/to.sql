create table t (id int primary key, a int, b int);
create index t_ab on t (a) where b > 0;
create index t_b on t (b);
comment on index t_b is 'by b';
