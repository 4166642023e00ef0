create table t (id int primary key, a text);
create index on t (a);
