-- Owners and privileges as an application keeps them in its schema file. The roles are made
-- beforehand (cluster-wide, not part of a schema; listed in roles, which regenerate.sh makes).
create schema app authorization app_owner;
grant usage on schema app to app_rw, app_ro;
revoke usage on schema public from public;
grant usage on schema public to app_rw;

-- tables created from here on in app: readable by app_ro, writable by app_rw
alter default privileges in schema app grant select on tables to app_ro;
alter default privileges in schema app grant select, insert, update, delete on tables to app_rw;
alter default privileges in schema app grant usage, select on sequences to app_rw;
alter default privileges revoke execute on functions from public;
alter default privileges for role app_owner in schema app grant select on tables to reporting;

create type app.status as enum ('new', 'done');
create domain app.money_cents as bigint check (value >= 0);

create table app.orders (
    id bigserial primary key,
    status app.status not null default 'new',
    total app.money_cents not null,
    customer_email text,
    internal_note text
);
-- the auditor sees everything but the note; app_ro must not read e-mails
grant select (id, status, total, customer_email) on app.orders to auditor;
revoke select on app.orders from app_ro;
grant select (id, status, total) on app.orders to app_ro;
grant references on app.orders to app_rw with grant option;

create view app.order_totals as select status, sum(total) as total from app.orders group by status;
grant select on app.order_totals to reporting;

create function app.place_order(email text, cents bigint) returns bigint
    language sql
    as $$ insert into app.orders (total, customer_email) values (cents, email) returning id $$;
grant execute on function app.place_order(text, bigint) to app_rw;

create procedure app.purge() language sql as $$ delete from app.orders where status = 'done' $$;

revoke usage on type app.status from public;
grant usage on type app.status to app_rw, app_ro;

-- handed over to their owner at the end, as a migration tool would
alter table app.orders owner to app_owner;
alter view app.order_totals owner to app_owner;
alter function app.place_order(text, bigint) owner to app_owner;
alter type app.status owner to app_owner;
alter domain app.money_cents owner to app_owner;

create table public.settings (key text primary key, value text);
grant all on public.settings to app_rw;
