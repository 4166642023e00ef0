ALTER TABLE public.m DETACH PARTITION public.m1;

ALTER TABLE public.m DETACH PARTITION public.m2;

DROP TABLE public.m;

CREATE TABLE public.m (
    id integer,
    ts date,
    k integer
)
PARTITION BY list (k);

ALTER TABLE public.m ATTACH PARTITION public.m1 for values in (1);

ALTER TABLE public.m ATTACH PARTITION public.m2 for values in (2);
