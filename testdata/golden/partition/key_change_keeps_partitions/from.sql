create table m (id int, ts date, k int) partition by range (ts);
create table m1 partition of m for values from ('2024-01-01') to ('2025-01-01');
create table m2 partition of m for values from ('2025-01-01') to ('2026-01-01');
