-- Renames told by --rename flags (this case's options file), no hint in the schema: a schema, a table, a
-- column, an enum label, a constraint, a function (one of two overloads), a trigger and a policy.
create schema billing;
create type billing.state as enum ('new', 'paid');
create table billing.audit_log (id int primary key, note text, state billing.state default 'new',
    constraint note_short check (length(note) < 200));
create function billing.net(amount numeric) returns numeric language sql immutable as $$ select amount / 1.2 $$;
create function billing.net(amount numeric, rate numeric) returns numeric language sql immutable as $$ select amount / rate $$;
create function billing.stamp() returns trigger language plpgsql as $$ begin return new; end $$;
create trigger log_stamp before update on billing.audit_log for each row execute function billing.stamp();
alter table billing.audit_log enable row level security;
create policy mine on billing.audit_log using (note is not null);
