-- ADD ATTRIBUTE appends, so an attribute added in the middle, or kept attributes that change places, cannot be
-- reached by adding alone: with no column holding the type (no data in it), the attributes from the first one out of
-- place are dropped and added again in the target's order; a function using the type stays
create type point3 as (x int, z int, y int);
create type pair as (b text, a text, c text);
create type kept_order as (p int, q int, r int);
create function norm(v point3) returns int language sql as $$ select abs((v).x) + abs((v).y) $$;
