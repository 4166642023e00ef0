create table t (id int primary key, name text, code varchar(20));
