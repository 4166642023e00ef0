create type point3 as (x int, y int);
create type pair as (a text, b text, c text);
create type kept_order as (p int, q int);
create function norm(v point3) returns int language sql as $$ select abs((v).x) + abs((v).y) $$;
