-- m_2024's bound changes (detached, attached again) while the parent's columns change: the detached partition
-- is out of the parent's reach meanwhile, so it is changed on its own
create table m (id bigint, ts date not null, v bigint, w text default 'x', primary key (id, ts)) partition by range (ts);
create table m_2024 partition of m for values from ('2024-01-01') to ('2024-07-01');
create table m_2025 partition of m for values from ('2025-01-01') to ('2026-01-01');
create table m_def partition of m default;
create index m_v on m(v);
create unique index m_w on m(w, ts);
