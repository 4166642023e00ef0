create table t (id int primary key, email text, created_at timestamptz, status text, data jsonb);
create unique index on t (lower(email));
create index t_recent on t (created_at desc nulls last) where status <> 'deleted';
create index on t using gin (data jsonb_path_ops);
create index t_cover on t (status) include (email);
