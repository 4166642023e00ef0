-- Types renamed: an enum, a domain and a composite type, used by columns, a function's arguments and result,
-- a view's cast. A function's identity includes its argument types: it follows, and is not re-created.
create type feeling as enum ('sad', 'happy'); -- schemadiff: renamed from mood
create domain counter as int -- schemadiff: renamed from positive_int
    constraint positive_int_check check (value > 0);
create type amount as (amount numeric, currency text); -- schemadiff: renamed from money_pair
create table people (
    id int primary key,
    m feeling default 'happy',
    visits counter,
    balance amount
);
-- a function's body is text: the server leaves it as it was, so it is replaced
create function cheer(who feeling, times counter) returns feeling language sql immutable as $$ select 'happy'::feeling $$;
create view moods as select id, m::text as m from people where m = 'happy'::feeling;
