create table t (id int);
craete table u (id int);
