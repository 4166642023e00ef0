-- the server checks the current value against the new bound: moved to it only if it is beyond it (a sequence never used always is); setval is not undone by a rollback
SELECT pg_catalog.setval('public.ticket_seq', greatest(last_value, 100), is_called AND last_value >= 100) FROM public.ticket_seq;

ALTER SEQUENCE public.ticket_seq MINVALUE 100 START WITH 100;

-- the server checks the current value against the new bound: moved to it only if it is beyond it (a sequence never used always is); setval is not undone by a rollback
SELECT pg_catalog.setval('public.countdown_seq', least(last_value, -100), is_called AND last_value <= -100) FROM public.countdown_seq;

ALTER SEQUENCE public.countdown_seq MAXVALUE -100 START WITH -100;

-- the new bounds lie beyond the old ones: the far bound moves first
ALTER SEQUENCE public.small_seq MAXVALUE 200;

-- the server checks the current value against the new bound: moved to it only if it is beyond it (a sequence never used always is); setval is not undone by a rollback
SELECT pg_catalog.setval('public.small_seq', greatest(last_value, 100), is_called AND last_value >= 100) FROM public.small_seq;

ALTER SEQUENCE public.small_seq MINVALUE 100 START WITH 100;
