-- casts, as postgrest's fixtures keep them (a cast by function, implicit), and the other forms
create domain monetary as numeric(12,2);
create function monetary(text) returns monetary language sql immutable as $$ select replace($1, '$', '')::numeric $$;
create cast (text as monetary) with function monetary(text) as implicit;

create type color as enum ('red', 'green');
create cast (text as color) with inout as assignment;
comment on cast (text as color) is 'names to colors';

create type pair as (a int, b int);
create function pair_text(pair) returns text language sql as $$ select $1.a || ',' || $1.b $$;
create cast (pair as text) with function pair_text(pair);
