CREATE TABLE public.payments (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    paid_at timestamp with time zone NOT NULL,
    amount numeric(10,2) NOT NULL,
    CONSTRAINT payments_amount_check CHECK (amount >= 0),
    CONSTRAINT payments_pkey PRIMARY KEY (id, paid_at)
)
PARTITION BY RANGE (paid_at);

CREATE TABLE public.payments_2024 PARTITION OF public.payments
FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE public.payments_2025 PARTITION OF public.payments
FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE TABLE public.payments_other PARTITION OF public.payments
DEFAULT;

CREATE TABLE public.tags (
    name text NOT NULL
)
PARTITION BY LIST (lower(name));

CREATE TABLE public.tags_ab PARTITION OF public.tags
FOR VALUES IN ('a', 'b');

CREATE TABLE public.sessions (
    id uuid NOT NULL
)
PARTITION BY HASH (id);

CREATE TABLE public.sessions_0 PARTITION OF public.sessions
FOR VALUES WITH (MODULUS 2, REMAINDER 0);

CREATE TABLE public.sessions_1 PARTITION OF public.sessions
FOR VALUES WITH (MODULUS 2, REMAINDER 1);

CREATE INDEX payments_customer_id_idx ON public.payments (customer_id);

ALTER TABLE public.payments ADD CONSTRAINT payments_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);

ALTER TABLE public.payments_2025 ALTER COLUMN amount SET DEFAULT 0;
