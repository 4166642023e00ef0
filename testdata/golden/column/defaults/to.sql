create table t (id int primary key, a int default 1, b text default 'none', c timestamptz);
