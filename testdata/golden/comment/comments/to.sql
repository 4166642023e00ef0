create table t (id int primary key, name text);
comment on table t is 'People''s things';
comment on column t.id is 'key';
