-- Everything is created unqualified after switching the search_path, so
-- objects land in "app" and references resolve through the path.

create schema app;
create schema audit;
create extension if not exists pgcrypto with schema public;

set search_path = app, public;

create type role as enum ('viewer', 'editor', 'admin');

create sequence member_no start 100;

create table accounts (
    id         uuid primary key default gen_random_uuid(),
    name       text not null unique,
    created_at timestamptz not null default now()
);

create table members (
    id          int primary key default nextval('member_no'),
    account_id  uuid not null references accounts on delete cascade,
    email       text not null,
    role        role not null default 'viewer',
    roles       role[] not null default '{viewer}',
    password    text not null default crypt('changeme', gen_salt('bf')),
    unique (account_id, email)
);

create index on members (lower(email));

create view admins as
    select m.id, m.email, a.name as account
    from members m join accounts a on a.id = m.account_id
    where m.role = 'admin';

-- switch to a different path mid-file
set search_path to audit;

create table events (
    id        bigserial primary key,
    member_id int references app.members (id),
    kind      app.role,
    at        timestamp default now()
);

create table public.settings (
    key   text primary key,
    value text
);

-- and back, using the SQL-standard form with a quoted schema name
set search_path = "app", public;

create table invitations (
    token      text primary key default encode(gen_random_bytes(16), 'hex'),
    account_id uuid not null references accounts,
    invited_as role default 'editor'::role,
    expires_at timestamptz default now() + interval '7 days'
);

create view pending_invitations as
    select token, account_id, invited_as
    from invitations
    where expires_at > now();

reset search_path;

-- unqualified again: now this goes to public
create table plain (id int primary key, settings_key text references settings);
