create table t (id int primary key, score numeric check (score >= 0));
