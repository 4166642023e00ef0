CREATE TABLE public.t (
    id integer NOT NULL,
    a text
);
ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
CREATE INDEX t_a_idx ON public.t USING btree (a);
