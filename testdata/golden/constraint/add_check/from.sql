create table t (id int primary key, score numeric);
