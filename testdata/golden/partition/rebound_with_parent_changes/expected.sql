ALTER TABLE public.m DETACH PARTITION public.m_2024;

DROP TABLE public.m_2023;

ALTER TABLE public.m ALTER COLUMN v TYPE bigint;

ALTER TABLE public.m ADD COLUMN w text DEFAULT 'x';

CREATE TABLE public.m_2025 PARTITION OF public.m
for values from ('2025-01-01') to ('2026-01-01');

CREATE TABLE public.m_def PARTITION OF public.m
DEFAULT;

ALTER TABLE public.m_2024 ALTER COLUMN v TYPE bigint;

ALTER TABLE public.m_2024 ADD COLUMN w text DEFAULT 'x';

CREATE UNIQUE INDEX m_w ON public.m (w, ts);

ALTER TABLE public.m ATTACH PARTITION public.m_2024 for values from ('2024-01-01') to ('2024-07-01');
