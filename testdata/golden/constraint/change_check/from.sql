create table t (id int primary key, score numeric constraint score_range check (score between 0 and 10));
