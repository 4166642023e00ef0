DROP INDEX public.events_at;

ALTER TABLE public.events REPLICA IDENTITY DEFAULT;

CREATE TABLE public.queue (
    id bigint NOT NULL,
    payload text
);

CREATE INDEX events_at ON public.events (at DESC);

CREATE UNIQUE INDEX queue_id ON public.queue (id);

ALTER TABLE public.events CLUSTER ON events_at;

ALTER TABLE public.audit REPLICA IDENTITY NOTHING;

ALTER TABLE public.jobs REPLICA IDENTITY FULL;

ALTER TABLE public.jobs CLUSTER ON jobs_pkey;

ALTER TABLE public.queue REPLICA IDENTITY USING INDEX queue_id;
