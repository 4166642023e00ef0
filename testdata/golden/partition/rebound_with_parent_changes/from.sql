create table m (id bigint, ts date not null, v int, primary key (id, ts)) partition by range (ts);
create table m_2023 partition of m for values from ('2023-01-01') to ('2024-01-01');
create table m_2024 partition of m for values from ('2024-01-01') to ('2025-01-01');
create index m_v on m(v);
