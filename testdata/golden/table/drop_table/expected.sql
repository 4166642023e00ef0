DROP TABLE public.sessions;
