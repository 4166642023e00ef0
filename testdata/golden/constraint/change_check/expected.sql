ALTER TABLE public.t DROP CONSTRAINT score_range;

ALTER TABLE public.t ADD CONSTRAINT score_range CHECK (score between 0 and 100);
