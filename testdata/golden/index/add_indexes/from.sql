create table t (id int primary key, email text, created_at timestamptz, status text, data jsonb);
