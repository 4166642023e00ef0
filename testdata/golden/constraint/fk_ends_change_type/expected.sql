-- re-created: the type of column public.p.id changes
ALTER TABLE public.c DROP CONSTRAINT c_pid_fkey;

-- re-created: the type of column public.nodes.id changes
ALTER TABLE public.nodes DROP CONSTRAINT nodes_parent_fkey;

-- re-created: the type of column public.rates.code changes
ALTER TABLE public.prices DROP CONSTRAINT prices_rate_fkey;

ALTER TABLE public.p ALTER COLUMN id TYPE text;

ALTER TABLE public.c ALTER COLUMN pid TYPE text;

ALTER TABLE public.accounts ALTER COLUMN id TYPE bigint;

ALTER TABLE public.orders ALTER COLUMN id TYPE bigint;

ALTER TABLE public.orders ALTER COLUMN account_id TYPE bigint;

-- changing integer to uuid can fail or lose data (there is no cast: converted through text)
ALTER TABLE public.nodes ALTER COLUMN id TYPE uuid USING id::text::uuid;

-- changing integer to uuid can fail or lose data (there is no cast: converted through text)
ALTER TABLE public.nodes ALTER COLUMN parent TYPE uuid USING parent::text::uuid;

ALTER TABLE public.rates ALTER COLUMN code TYPE numeric;

ALTER TABLE public.prices ALTER COLUMN rate TYPE numeric;

-- re-created: the type of column public.p.id changes
ALTER TABLE public.c ADD CONSTRAINT c_pid_fkey FOREIGN KEY (pid) REFERENCES public.p(id);

-- re-created: the type of column public.nodes.id changes
ALTER TABLE public.nodes ADD CONSTRAINT nodes_parent_fkey FOREIGN KEY (parent) REFERENCES public.nodes(id);

-- re-created: the type of column public.rates.code changes
ALTER TABLE public.prices ADD CONSTRAINT prices_rate_fkey FOREIGN KEY (rate) REFERENCES public.rates(code);
