-- Enum types and their use in columns, defaults, arrays, checks and indexes.

create type mood as enum ('sad', 'ok', 'happy');
create type order_status as enum ('pending', 'paid', 'shipped', 'delivered', 'cancelled');
create type "Priority" as enum ('Low', 'Medium', 'High');
create type empty_enum as enum ();
create type quoted_labels as enum ('it''s', 'with space', 'UPPER', '', 'ünïcödé');

-- labels added later, including positional inserts
alter type mood add value 'ecstatic' after 'happy';
alter type mood add value 'miserable' before 'sad';
alter type order_status add value if not exists 'refunded';
alter type order_status add value if not exists 'paid';

create schema shop;
create type shop.size as enum ('xs', 's', 'm', 'l', 'xl');

create table people (
    id        serial primary key,
    name      text not null,
    current   mood not null default 'ok',
    history   mood[] default '{}',
    priority  "Priority" default 'Medium'::"Priority"
);

create table orders (
    id         bigserial primary key,
    status     order_status not null default 'pending',
    prev       order_status,
    sizes      shop.size[] not null default array[]::shop.size[],
    check (status <> 'cancelled' or prev is not null),
    check (prev is distinct from status)
);

create table shop.items (
    id     int primary key,
    size   shop.size not null default 'm',
    fits   shop.size[],
    label  quoted_labels
);

create index on orders (status) where status in ('pending', 'paid');
create index on people (current);
create unique index people_one_ecstatic on people (name) where current = 'ecstatic';

-- a type that is renamed after creation, and a label renamed
create type colour as enum ('red', 'green', 'blu');
alter type colour rename value 'blu' to 'blue';
alter type colour rename to color;

create table paints (
    id    int primary key,
    base  color not null,
    mix   color[] check (array_length(mix, 1) <= 3)
);
