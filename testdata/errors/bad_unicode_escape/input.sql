create table t (a text default E'\u12');
