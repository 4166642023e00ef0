-- A partitioned table renamed, and a column of it (renamed in every partition); an inheritance parent renamed.
-- Partitions and children follow their parent: nothing is detached or attached.
create table log_events ( -- schemadiff: renamed from events
    id int,
    at date not null,
    remark text -- schemadiff: renamed from note
) partition by range (at);
create table events_2024 partition of log_events for values from ('2024-01-01') to ('2025-01-01');
create table events_2025 partition of log_events for values from ('2025-01-01') to ('2026-01-01');
create index on log_events (at);
create table item (id int, label text); -- schemadiff: renamed from base_item
create table special_item (extra text) inherits (item);
