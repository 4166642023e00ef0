CREATE SEQUENCE public.posts_id_seq;

CREATE TABLE public.posts (
    id bigint DEFAULT nextval('public.posts_id_seq'::regclass) NOT NULL,
    author_id integer NOT NULL,
    title character varying(200) NOT NULL,
    body text DEFAULT '',
    published_at timestamp with time zone,
    tags text[] DEFAULT '{}',
    CONSTRAINT posts_title_check CHECK (length(title) > 0),
    CONSTRAINT posts_pkey PRIMARY KEY (id)
);

ALTER TABLE public.posts ADD CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.users(id) ON DELETE CASCADE;

ALTER SEQUENCE public.posts_id_seq OWNED BY public.posts.id;
