create table t (id int primary key, a int default 0, b text, c timestamptz default now());
