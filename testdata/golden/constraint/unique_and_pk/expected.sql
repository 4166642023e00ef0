ALTER TABLE public.t ALTER COLUMN id SET NOT NULL;

ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);

ALTER TABLE public.t ADD CONSTRAINT t_email_key UNIQUE (email);

ALTER TABLE public.t ADD CONSTRAINT t_handle_email_key UNIQUE (handle, email);
