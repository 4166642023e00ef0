-- A partitioned table renamed, and a column of it (renamed in every partition); an inheritance parent renamed.
-- Partitions and children follow their parent: nothing is detached or attached.
create table events (id int, at date not null, note text) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
create index on events (at);
create table base_item (id int, label text);
create table special_item (extra text) inherits (base_item);
