CREATE UNIQUE INDEX t_lower_idx ON public.t ((lower(email)));

CREATE INDEX t_recent ON public.t (created_at DESC NULLS LAST) WHERE (status <> 'deleted');

CREATE INDEX t_data_idx ON public.t USING gin (data jsonb_path_ops);

CREATE INDEX t_cover ON public.t (status) INCLUDE (email);
