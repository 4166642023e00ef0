-- the labels of public.mood change in a way ADD VALUE cannot make
ALTER TYPE public.mood RENAME TO mood__schemadiff_old;

CREATE TYPE public.mood AS ENUM (
    'sad',
    'happy'
);

-- the labels of public.mood change in a way ADD VALUE cannot make; fails if a row holds a label that no longer exists
ALTER TABLE public.person ALTER COLUMN now_mood DROP DEFAULT,
    ALTER COLUMN now_mood TYPE public.mood USING now_mood::text::public.mood,
    ALTER COLUMN now_mood SET DEFAULT 'happy';

-- the labels of public.mood change in a way ADD VALUE cannot make; fails if a row holds a label that no longer exists
ALTER TABLE public.person ALTER COLUMN usual_mood DROP DEFAULT,
    ALTER COLUMN usual_mood TYPE public.mood USING usual_mood::text::public.mood;

-- the labels of public.mood change in a way ADD VALUE cannot make; fails if a row holds a label that no longer exists
ALTER TABLE public.person ALTER COLUMN best_mood DROP DEFAULT,
    ALTER COLUMN best_mood TYPE public.mood USING best_mood::text::public.mood,
    ALTER COLUMN best_mood SET DEFAULT 'happy';

DROP TYPE public.mood__schemadiff_old;
