DROP TABLE staging.batch;

DROP SCHEMA staging;

CREATE TABLE public.batch (
    id integer
);
