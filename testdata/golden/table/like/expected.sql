CREATE TABLE public.invoices (
    id bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    note text,
    amount numeric,
    CONSTRAINT invoices_pkey PRIMARY KEY (id),
    CONSTRAINT audit_template_created_at_check CHECK (created_at > '2000-01-01')
);

CREATE TABLE public.drafts (
    created_at timestamp with time zone NOT NULL,
    note text
);

CREATE INDEX invoices_created_at_idx ON public.invoices (created_at);
