-- named after table public.audit_log, renamed with it
ALTER TABLE public.audit_log RENAME CONSTRAINT audit_log_pkey TO audit_events_pkey;

-- renamed, as told by the hint at to.sql:4:29
ALTER TABLE public.audit_log RENAME TO audit_events;

-- named after table public.audit_log, renamed with it
ALTER INDEX public.audit_log_actor_idx RENAME TO audit_events_actor_idx;

-- named after table public.audit_log, renamed with it
ALTER SEQUENCE public.audit_log_id_seq RENAME TO audit_events_id_seq;

ALTER TABLE public.audit_events ADD COLUMN detail jsonb;
