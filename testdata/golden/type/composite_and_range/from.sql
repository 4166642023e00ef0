create type pair as (a int, b text);
create type span as range (subtype = int4);
