DROP TABLE public.events_2023;

CREATE TABLE public.events_2025 PARTITION OF public.events
FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE TABLE public.events_default PARTITION OF public.events
DEFAULT;
