-- A schema renamed, with what is in it (tables, a sequence, types, a function, views) and what refers to it
-- from outside (a foreign key, a view, a default calling its function). A table in it is renamed too.
create schema billing;
comment on schema billing is 'money';
create type billing.currency as enum ('eur', 'usd');
create sequence billing.invoice_no;
create table billing.invoices (
    id int primary key default nextval('billing.invoice_no'),
    currency billing.currency not null default 'eur',
    total numeric not null
);
create table billing.lines (id int primary key, invoice int references billing.invoices (id), amount numeric);
create function billing.vat(amount numeric) returns numeric language sql immutable as $$ select amount * 0.2 $$;
create view billing.totals as select i.id, sum(l.amount) as total from billing.invoices i join billing.lines l on l.invoice = i.id group by i.id;
create table public.customers (id int primary key, last_invoice int references billing.invoices (id),
    fee numeric default billing.vat(10));
create view public.customer_totals as select c.id, t.total from public.customers c join billing.totals t on t.id = c.last_invoice;
