-- Domains, composite and range types, row-level security.
create extension if not exists citext;
create domain email as citext check (value ~ '^[^@]+@[^@]+$');
create domain positive_int as int not null check (value > 0);
create domain us_postal_code as text
    constraint us_postal_code_format check (value ~ '^\d{5}$' or value ~ '^\d{5}-\d{4}$');
create domain percent as numeric(5,2) default 0 check (value between 0 and 100);

create type address as (
    street text,
    city varchar(80),
    zip us_postal_code
);

create type floatrange as range (subtype = float8, subtype_diff = float8mi);

create table customers (
    id int generated always as identity primary key,
    tenant_id int not null,
    contact email not null,
    home address,
    discount percent,
    visits positive_int default 1,
    preferred_hours tstzrange,
    scores floatrange
);

alter table customers enable row level security;
alter table customers force row level security;

create policy tenant_isolation on customers
    using (tenant_id = current_setting('app.tenant')::int);
create policy tenant_insert on customers for insert to public
    with check (tenant_id = current_setting('app.tenant')::int);
create policy no_deletes on customers as restrictive for delete using (false);

comment on domain email is 'An e-mail address';
comment on type address is 'A postal address';
comment on policy tenant_isolation on customers is 'Rows of the current tenant only';

-- a domain's value taken as its base type by operators and functions: pg_dump prints the coercion
CREATE DOMAIN dcolor AS integer CHECK (VALUE >= 0);
CREATE DOMAIN dtsv AS tsvector NOT NULL;
CREATE DOMAIN dtsv_ne AS dtsv CHECK (VALUE <> '');
CREATE DOMAIN dmoney AS numeric(10,2);
CREATE DOMAIN dlabel AS text;
CREATE TABLE dvalues (c dcolor, b dmoney CHECK (b > 0), a dlabel, CHECK (c >= 1));
CREATE INDEX dvalues_a_idx ON dvalues (lower(a));
CREATE VIEW dvalues_half AS SELECT (c / 2)::dcolor AS half, a FROM dvalues WHERE a LIKE 'x%';
