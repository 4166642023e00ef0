create type pair as (a bigint, b text, c boolean);
create type span as range (subtype = int8);
create type point3 as (x float8, y float8, z float8);
