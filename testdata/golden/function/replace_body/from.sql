create function greet(name text) returns text language sql as $$ select 'hello ' || name $$;
create function area(r float8) returns float8 language sql as $$ select pi() * r * r $$;
