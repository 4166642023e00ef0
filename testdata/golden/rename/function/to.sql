-- Functions renamed: one called by a default, a check and an index, one a trigger runs, and one of two
-- overloads (a function's identity is its name and argument types). A procedure too.
create function without_vat(amount numeric) returns numeric language sql immutable -- schemadiff: renamed from net
    as $$ select amount / 1.2 $$;
create function net(amount numeric, rate numeric) returns numeric language sql immutable as $$ select amount / rate $$;
create function touch_changed_at() returns trigger language plpgsql -- schemadiff: renamed from stamp
    as $$ begin new.changed_at := now(); return new; end $$;
create procedure archive_before(before date) language sql as $$ select 1 $$; -- schemadiff: renamed from archive
create table prices (
    id int primary key,
    gross numeric not null,
    base numeric default without_vat(100),
    changed_at timestamptz,
    check (without_vat(gross) >= 0)
);
create index prices_net on prices (without_vat(gross));
create trigger prices_stamp before update on prices for each row execute function touch_changed_at();
