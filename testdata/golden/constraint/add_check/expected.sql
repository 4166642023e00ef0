ALTER TABLE public.t ADD CONSTRAINT t_score_check CHECK (score >= 0);
