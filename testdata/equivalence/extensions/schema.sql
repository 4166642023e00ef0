-- Extensions in the default and in a dedicated schema, and columns, defaults
-- and indexes that use their types, functions and operator classes.

create schema extensions;

create extension if not exists citext;
create extension if not exists hstore;
create extension if not exists pg_trgm with schema extensions;
create extension if not exists "uuid-ossp" with schema extensions;
create extension if not exists ltree;
create extension btree_gin;
create extension if not exists pgcrypto;
-- already installed: no-op
create extension if not exists citext;

create table users (
    id         uuid primary key default extensions.uuid_generate_v4(),
    email      citext not null unique,
    handle     citext check (handle ~ '^[a-z0-9_]+$'),
    attrs      hstore not null default ''::hstore,
    api_key    text default encode(digest(gen_random_bytes(32), 'sha256'), 'hex'),
    created_at timestamptz default now()
);

create table categories (
    id    serial primary key,
    path  ltree not null unique,
    title text not null
);

create index on categories using gist (path);
create index users_email_trgm on users using gin (email extensions.gin_trgm_ops);
create index users_attrs_idx on users using gin (attrs);
create index users_created_gin on users using gin (created_at);

create table items (
    id       uuid primary key default extensions.uuid_generate_v1mc(),
    category int references categories,
    name     text not null,
    sku      citext,
    tags     hstore
);

create index items_name_trgm on items using gist (name extensions.gist_trgm_ops);
create unique index on items (lower(name::text));

create view user_emails as
    select id, email, attrs -> 'country' as country
    from users
    where email like '%@%';
