-- a new enum value cannot be used in the transaction that adds it: commit before statements that use it
ALTER TYPE public.mood ADD VALUE 'awful' BEFORE 'sad';

-- a new enum value cannot be used in the transaction that adds it: commit before statements that use it
ALTER TYPE public.mood ADD VALUE 'fine' AFTER 'ok';

-- a new enum value cannot be used in the transaction that adds it: commit before statements that use it
ALTER TYPE public.mood ADD VALUE 'happy' AFTER 'fine';
