CREATE TABLE public.new_one (
    id bigint
)
WITH (fillfactor=50);

ALTER TABLE public.hot RESET (autovacuum_vacuum_scale_factor),
    SET (fillfactor=70);

ALTER TABLE public.cold SET (autovacuum_enabled=false);
