-- A schema renamed, with what is in it (tables, a sequence, types, a function, views) and what refers to it
-- from outside (a foreign key, a view, a default calling its function). A table in it is renamed too.
create schema accounting; -- schemadiff: renamed from billing
comment on schema accounting is 'money';
create type accounting.currency as enum ('eur', 'usd');
create sequence accounting.invoice_no;
create table accounting.invoices (
    id int primary key default nextval('accounting.invoice_no'),
    currency accounting.currency not null default 'eur',
    total numeric not null
);
create table accounting.invoice_lines ( -- schemadiff: renamed from lines
    id int primary key, invoice int references accounting.invoices (id), amount numeric
);
create function accounting.vat(amount numeric) returns numeric language sql immutable as $$ select amount * 0.2 $$;
create view accounting.totals as select i.id, sum(l.amount) as total from accounting.invoices i join accounting.invoice_lines l on l.invoice = i.id group by i.id;
create table public.customers (id int primary key, last_invoice int references accounting.invoices (id),
    fee numeric default accounting.vat(10));
create view public.customer_totals as select c.id, t.total from public.customers c join accounting.totals t on t.id = c.last_invoice;
