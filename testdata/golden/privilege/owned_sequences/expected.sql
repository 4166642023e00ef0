ALTER SEQUENCE public.s OWNER TO bob;

CREATE SEQUENCE public.n_id_seq
    AS integer;

ALTER SEQUENCE public.n_id_seq OWNER TO bob;

ALTER TABLE public.t OWNER TO bob;

ALTER SEQUENCE public.s OWNED BY public.t.id;

CREATE TABLE public.n (
    id integer DEFAULT nextval('public.n_id_seq'::regclass) NOT NULL
);

ALTER TABLE public.n OWNER TO bob;

ALTER SEQUENCE public.n_id_seq OWNED BY public.n.id;
