-- changing public.mood to public.feeling can fail or lose data (there is no cast: converted through text)
ALTER TABLE public.person ALTER COLUMN m DROP DEFAULT,
    ALTER COLUMN m TYPE public.feeling USING m::text::public.feeling,
    ALTER COLUMN m SET DEFAULT 'ok';

-- changing public.mood[] to public.feeling[] can fail or lose data (there is no cast: converted through text)
ALTER TABLE public.person ALTER COLUMN history TYPE public.feeling[] USING history::text::public.feeling[];
