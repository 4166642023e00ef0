SET check_function_bodies = false;

CREATE OR REPLACE FUNCTION public.greet(name text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ select 'hello, ' || name || '!' $$;

CREATE OR REPLACE FUNCTION public.area(r double precision) RETURNS double precision
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ select pi() * r * r $$;
