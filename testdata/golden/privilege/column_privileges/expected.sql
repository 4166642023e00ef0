ALTER TABLE public.profiles ADD COLUMN added text;

REVOKE UPDATE ON TABLE public.profiles FROM support;

REVOKE UPDATE (notes) ON TABLE public.profiles FROM directory;

GRANT UPDATE (notes) ON TABLE public.profiles TO support;

GRANT REFERENCES (id) ON TABLE public.profiles TO directory;

GRANT SELECT (phone) ON TABLE public.profiles TO directory;

GRANT INSERT (added) ON TABLE public.profiles TO directory;
