ALTER TYPE public.mood ADD VALUE 'awful' BEFORE 'sad';

ALTER TYPE public.mood ADD VALUE 'fine' AFTER 'ok';

ALTER TYPE public.mood ADD VALUE 'happy' AFTER 'fine';
