CREATE TABLE t (id int);
ALTER TABLEEY t ADD b int;
