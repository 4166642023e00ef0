ALTER TABLE public.logs ALTER COLUMN msg TYPE text;

ALTER TABLE public.logs ADD COLUMN level text DEFAULT 'info' NOT NULL;

ALTER TABLE public.logs_new ALTER COLUMN level SET DEFAULT 'debug';

CREATE INDEX logs_level_idx ON public.logs (level);

COMMENT ON COLUMN public.logs_new.msg IS 'recent messages';
