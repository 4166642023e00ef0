DROP TYPE public.old_kind;

CREATE TYPE public.new_kind AS ENUM (
    'x',
    'y'
);

CREATE TABLE public.things (
    id integer NOT NULL,
    k public.new_kind,
    CONSTRAINT things_pkey PRIMARY KEY (id)
);
