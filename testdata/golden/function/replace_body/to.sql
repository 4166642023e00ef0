create function greet(name text) returns text language sql immutable as $$ select 'hello, ' || name || '!' $$;
create function area(r double precision) returns double precision language sql immutable parallel safe
    as $$ select pi() * r * r $$;
