-- Types renamed: an enum, a domain and a composite type, used by columns, a function's arguments and result,
-- a view's cast. A function's identity includes its argument types: it follows, and is not re-created.
create type mood as enum ('sad', 'happy');
create domain positive_int as int check (value > 0);
create type money_pair as (amount numeric, currency text);
create table people (
    id int primary key,
    m mood default 'happy',
    visits positive_int,
    balance money_pair
);
create function cheer(who mood, times positive_int) returns mood language sql immutable as $$ select 'happy'::mood $$;
create view moods as select id, m::text as m from people where m = 'happy'::mood;
