create table t (id int, name text, id bigint);
