-- re-created: constraint parent_pkey on public.parent is dropped or re-created
ALTER TABLE public.child DROP CONSTRAINT child_parent_id_fkey;

ALTER TABLE public.parent DROP CONSTRAINT parent_pkey;

ALTER TABLE public.parent ADD CONSTRAINT parent_pkey PRIMARY KEY (id) INCLUDE (name);

-- re-created: constraint parent_pkey on public.parent is dropped or re-created
ALTER TABLE public.child ADD CONSTRAINT child_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.parent(id);
