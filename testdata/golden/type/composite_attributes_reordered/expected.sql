-- ADD ATTRIBUTE appends: the attributes after the first one out of place are added again in the target's order
ALTER TYPE public.point3 DROP ATTRIBUTE y;

ALTER TYPE public.point3 ADD ATTRIBUTE z integer;

ALTER TYPE public.point3 ADD ATTRIBUTE y integer;

-- ADD ATTRIBUTE appends: the attributes after the first one out of place are added again in the target's order
ALTER TYPE public.pair DROP ATTRIBUTE a;

-- ADD ATTRIBUTE appends: the attributes after the first one out of place are added again in the target's order
ALTER TYPE public.pair DROP ATTRIBUTE b;

-- ADD ATTRIBUTE appends: the attributes after the first one out of place are added again in the target's order
ALTER TYPE public.pair DROP ATTRIBUTE c;

ALTER TYPE public.pair ADD ATTRIBUTE b text;

ALTER TYPE public.pair ADD ATTRIBUTE a text;

ALTER TYPE public.pair ADD ATTRIBUTE c text;

ALTER TYPE public.kept_order ADD ATTRIBUTE r integer;
