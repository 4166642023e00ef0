create table t (id int primary key, name varchar(50), amount numeric(10,2), counter int);
