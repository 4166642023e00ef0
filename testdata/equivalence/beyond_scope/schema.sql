-- Features outside the schemadiff 0.1 scope, kept here so they have real
-- pg_dump output to test against later: generated columns, NOT VALID
-- constraints, NULLS NOT DISTINCT, ON DELETE SET NULL (cols), exclusion
-- constraints, unlogged tables and table storage parameters.

create extension if not exists btree_gist;

create table customers (
    id    bigserial primary key,
    email text not null
);

create table orders (
    id          bigserial primary key,
    customer_id bigint not null references customers,
    net         numeric(12,2) not null,
    vat_rate    numeric(4,3) not null default 0.2,
    gross       numeric(12,2) generated always as (round(net * (1 + vat_rate), 2)) stored,
    unique (customer_id, id)
);

-- PostgreSQL 15: SET NULL on just one column of a composite foreign key
create table shipments (
    id          serial primary key,
    tenant_id   int not null,
    customer_id bigint not null,
    order_id    bigint,
    carrier     text,
    foreign key (customer_id, order_id) references orders (customer_id, id)
        on delete set null (order_id)
);

-- constraints that skip validation of existing rows
alter table shipments
    add constraint shipments_tenant_fk foreign key (tenant_id)
    references customers (id) not valid;
alter table customers
    add constraint customers_email_lower check (email = lower(email)) not valid;

-- PostgreSQL 15: unique with nulls not distinct
create table devices (
    id     int generated always as identity primary key,
    serial text,
    vendor text,
    unique nulls not distinct (vendor, serial)
);
create unique index devices_serial_nnd on devices (serial) nulls not distinct;

-- exclusion constraint: no overlapping bookings per room
create table bookings (
    id      serial primary key,
    room    int not null,
    during  tstzrange not null,
    exclude using gist (room with =, during with &&)
);

create unlogged table scratch_cache (
    key   text primary key,
    value jsonb
) with (fillfactor = 70, autovacuum_enabled = false);

create table search_docs (
    id     serial primary key,
    body   text not null,
    tsv    tsvector generated always as (to_tsvector('english', body)) stored
);
create index on search_docs using gin (tsv);

-- user-defined, nondeterministic ICU collation
create collation case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
create table handles (
    handle text collate case_insensitive primary key
);
