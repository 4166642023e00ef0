-- Functions renamed: one called by a default, a check and an index, one a trigger runs, and one of two
-- overloads (a function's identity is its name and argument types). A procedure too.
create function net(amount numeric) returns numeric language sql immutable as $$ select amount / 1.2 $$;
create function net(amount numeric, rate numeric) returns numeric language sql immutable as $$ select amount / rate $$;
create function stamp() returns trigger language plpgsql as $$ begin new.changed_at := now(); return new; end $$;
create procedure archive(before date) language sql as $$ select 1 $$;
create table prices (
    id int primary key,
    gross numeric not null,
    base numeric default net(100),
    changed_at timestamptz,
    check (net(gross) >= 0)
);
create index prices_net on prices (net(gross));
create trigger prices_stamp before update on prices for each row execute function stamp();
