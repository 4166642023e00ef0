ALTER TABLE public.t ALTER COLUMN id DROP IDENTITY;

CREATE SEQUENCE public.t_id_seq
    AS integer;

ALTER TABLE public.t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass);

ALTER TABLE public.u ALTER COLUMN id DROP IDENTITY;

ALTER TABLE public.u ALTER COLUMN id DROP NOT NULL;

ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;
