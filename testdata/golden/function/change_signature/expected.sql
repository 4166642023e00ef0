SET check_function_bodies = false;

-- re-created: function public.price_of(integer) is dropped or re-created
DROP VIEW public.item_prices;

DROP FUNCTION public.price_of(integer);

CREATE OR REPLACE FUNCTION public.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ begin new.updated_at := clock_timestamp(); return new; end $$;

CREATE FUNCTION public.price_of(item integer) RETURNS bigint
    LANGUAGE sql
    AS $$ select price::bigint from items where id = item $$;

-- re-created: function public.price_of(integer) is dropped or re-created
CREATE VIEW public.item_prices AS
select id, price_of(id) as p from items;
