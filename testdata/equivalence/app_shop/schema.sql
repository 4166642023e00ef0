-- Online shop: what a small team's hand-maintained schema.sql looks like.

create extension if not exists pgcrypto;
create extension if not exists citext;

create schema shop;
comment on schema shop is 'Storefront';

set search_path = shop, public;

create type order_status as enum ('cart', 'placed', 'paid', 'shipped', 'cancelled');
create type address_kind as enum ('billing', 'shipping');

create table customers (
    id           bigserial primary key,
    public_id    uuid not null default gen_random_uuid() unique,
    email        citext not null unique,
    full_name    varchar(120) not null check (char_length(full_name) > 0),
    phone        varchar(32),
    marketing_ok bool not null default false,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz
);
comment on table customers is 'Registered shoppers';
comment on column customers.public_id is 'Exposed in URLs instead of id';

create table addresses (
    id          serial primary key,
    customer_id bigint not null references customers on delete cascade,
    kind        address_kind not null default 'shipping',
    line1       varchar(200) not null,
    line2       varchar(200),
    city        varchar(100) not null,
    postcode    varchar(16) not null,
    country     char(2) not null check (country = upper(country)),
    is_default  boolean not null default false
);
create index on addresses (customer_id);
create unique index addresses_one_default
    on addresses (customer_id, kind) where is_default;

create table categories (
    id        serial primary key,
    parent_id int references categories on delete set null,
    slug      varchar(80) not null unique check (slug ~ '^[a-z0-9-]+$'),
    name      text not null,
    position  smallint not null default 0
);

create table products (
    id           serial primary key,
    sku          varchar(32) not null,
    category_id  int references categories,
    title        varchar(200) not null,
    description  text default '',
    price        numeric(10,2) not null check (price > 0),
    compare_at   numeric(10,2),
    currency     char(3) not null default 'EUR',
    weight_kg    real,
    attributes   jsonb not null default '{}'::jsonb,
    tags         text[] not null default array[]::text[],
    active       boolean default true,
    created_at   timestamp(0) with time zone default current_timestamp,
    constraint products_sku_key unique (sku),
    constraint compare_above_price check (compare_at is null or compare_at > price),
    check (currency in ('EUR', 'USD', 'GBP'))
);
create index products_title_search on products using gin (to_tsvector('simple', title));
create index on products using gin (tags);
create index on products (category_id) include (price) where active;
create index on products (lower(title) text_pattern_ops);

create table inventory (
    product_id int primary key references products on delete cascade,
    on_hand    int not null default 0 check (on_hand >= 0),
    reserved   int not null default 0 check (reserved >= 0),
    check (reserved <= on_hand)
);

create sequence order_number_seq start with 100000 increment by 1 cache 10;

create table orders (
    id           bigint generated always as identity primary key,
    number       bigint not null unique default nextval('order_number_seq'),
    customer_id  bigint not null references customers on delete restrict,
    billing_id   int references addresses on delete set null,
    shipping_id  int references addresses on delete set null,
    status       order_status not null default 'cart',
    total        numeric(12,2) not null default 0,
    note         text,
    placed_at    timestamptz,
    expires_at   timestamptz default (now() + interval '2 hours'),
    check (status = 'cart' or placed_at is not null)
);
create index on orders (customer_id, placed_at desc nulls last);
create index orders_open on orders (status) where status not in ('shipped', 'cancelled');

create table order_lines (
    order_id   bigint not null references orders on delete cascade,
    line_no    smallint not null,
    product_id int not null references products,
    quantity   int not null check (quantity between 1 and 999),
    unit_price numeric(10,2) not null,
    discount   numeric(5,2) not null default 0.00,
    primary key (order_id, line_no)
);

create table payments (
    id          uuid primary key default gen_random_uuid(),
    order_id    bigint not null,
    provider    varchar(20) not null check (provider in ('card', 'paypal', 'invoice')),
    amount      numeric(12,2) not null check (amount <> 0),
    reference   text,
    raw         json,
    received_at timestamptz not null default now(),
    constraint payments_order_fk foreign key (order_id) references orders (id)
        on delete cascade deferrable initially deferred
);
create unique index on payments (provider, reference) where reference is not null;

create table reviews (
    id          serial primary key,
    product_id  int not null references products on delete cascade,
    customer_id bigint references customers on delete set null,
    rating      smallint not null check (rating between 1 and 5),
    body        text check (length(body) <= 5000),
    created_at  timestamptz default now(),
    unique (product_id, customer_id)
);

create view product_ratings as
select p.id, p.sku, p.title,
       count(r.id) as reviews,
       round(avg(r.rating), 2) as avg_rating
from products p
left join reviews r on r.product_id = p.id
where p.active
group by p.id, p.sku, p.title;

create view open_orders as
select o.number, c.email, o.status, o.total, o.placed_at
from orders o
join customers c on c.id = o.customer_id
where o.status in ('placed', 'paid');
comment on view open_orders is 'Orders that still need work';
