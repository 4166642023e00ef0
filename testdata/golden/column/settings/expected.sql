CREATE TABLE public.events (
    id bigint,
    payload jsonb
);

-- changing numeric to integer can fail or lose data
ALTER TABLE public.docs ALTER COLUMN score TYPE integer;

ALTER TABLE public.docs ADD COLUMN title text;

ALTER TABLE public.docs ALTER COLUMN body SET STORAGE EXTERNAL,
    ALTER COLUMN body SET COMPRESSION pglz;

ALTER TABLE public.docs ALTER COLUMN kind SET STATISTICS -1,
    ALTER COLUMN kind SET (n_distinct = 50, n_distinct_inherited = 60);

ALTER TABLE public.docs ALTER COLUMN title SET STATISTICS 1000;

ALTER TABLE public.events ALTER COLUMN id SET STATISTICS 100;

ALTER TABLE public.events ALTER COLUMN payload SET STORAGE MAIN;
