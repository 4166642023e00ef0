-- Indexes renamed: one the table is clustered on, and a partial one. Renaming keeps them: no rebuild.
create table events (id int primary key, kind text, at timestamptz);
create index events_by_time on events (at); -- schemadiff: renamed from events_at_idx
alter table events cluster on events_by_time;
create index events_recent_kind on events (kind) -- schemadiff: renamed from recent
    where at > '2024-01-01';
