create table t (id int primary key, name varchar(200), amount numeric(12,2), counter bigint);
