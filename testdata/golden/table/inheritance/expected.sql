ALTER TABLE public.animals ADD COLUMN born date;

CREATE TABLE public.dogs (
    name text DEFAULT 'rex' NOT NULL,
    good boolean DEFAULT true
)
INHERITS (public.animals);

ALTER TABLE public.rocks ADD COLUMN born date;

ALTER TABLE public.rocks INHERIT public.animals;
