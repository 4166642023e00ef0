create table t (id int primary key, name varchar(100), code varchar(10));
