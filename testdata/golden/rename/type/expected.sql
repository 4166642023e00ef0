SET check_function_bodies = false;

-- renamed, as told by the hint at to.sql:3:47
ALTER TYPE public.mood RENAME TO feeling;

-- renamed, as told by the hint at to.sql:4:30
ALTER DOMAIN public.positive_int RENAME TO counter;

-- renamed, as told by the hint at to.sql:6:56
ALTER TYPE public.money_pair RENAME TO amount;

CREATE OR REPLACE FUNCTION public.cheer(who public.feeling, times public.counter) RETURNS public.feeling
    LANGUAGE sql IMMUTABLE
    AS $$ select 'happy'::feeling $$;
