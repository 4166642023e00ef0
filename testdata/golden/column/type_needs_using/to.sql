create table t (id int primary key, zip integer, ratio numeric default 1);
