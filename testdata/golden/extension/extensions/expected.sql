CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;

CREATE TABLE public.users (
    id integer NOT NULL,
    email public.citext,
    token text DEFAULT encode(gen_random_bytes(16), 'hex'),
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_email_key UNIQUE (email)
);
