create table t (id int primary key, a int not null, b int);
