-- Indexes renamed: one the table is clustered on, and a partial one. Renaming keeps them: no rebuild.
create table events (id int primary key, kind text, at timestamptz);
create index on events (at);
alter table events cluster on events_at_idx;
create index recent on events (kind) where at > '2024-01-01';
