CREATE TABLE public.order_events (
    id integer NOT NULL,
    CONSTRAINT order_events_pkey PRIMARY KEY (id)
);
