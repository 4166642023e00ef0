COMMENT ON COLUMN public.t.id IS 'key';

COMMENT ON COLUMN public.t.name IS NULL;

COMMENT ON TABLE public.t IS 'People''s things';
