-- Renames told by --rename flags (this case's options file), no hint in the schema: a schema, a table, a
-- column, an enum label, a constraint, a function (one of two overloads), a trigger and a policy.
create schema accounting;
create type accounting.state as enum ('placed', 'paid');
create table accounting.audit_events (id int primary key, remark text, state accounting.state default 'placed',
    constraint remark_short check (length(remark) < 200));
create function accounting.without_vat(amount numeric) returns numeric language sql immutable as $$ select amount / 1.2 $$;
create function accounting.net(amount numeric, rate numeric) returns numeric language sql immutable as $$ select amount / rate $$;
create function accounting.stamp() returns trigger language plpgsql as $$ begin return new; end $$;
create trigger audit_stamp before update on accounting.audit_events for each row execute function accounting.stamp();
alter table accounting.audit_events enable row level security;
create policy own_notes on accounting.audit_events using (remark is not null);
