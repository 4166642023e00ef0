create table t (id int primary key, name text);
comment on table t is 'old';
comment on column t.name is 'the name';
