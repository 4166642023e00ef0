create table t (id int primary key, a int, b int not null);
