-- Primary keys, unique constraints and checks, some named and some left to
-- PostgreSQL's default naming (including the collision suffixes).

create table users (
    id        int primary key,
    email     varchar(255) not null unique,
    username  text not null,
    score     numeric check (score >= 0) check (score <= 100),
    age       int check (age > 0),
    nickname  text,
    constraint users_username_key unique (username),
    check (char_length(username) between 3 and 32)
);

-- a second unnamed unique on a column that already got users_email_key
alter table users add unique (email);

-- and yet another unnamed check on age; the name users_age_check is taken
alter table users add check (age < 150);

create table accounts (
    tenant_id   int not null,
    account_no  int not null,
    code        varchar(20),
    region      text,
    opened_on   date not null,
    closed_on   date,
    primary key (tenant_id, account_no),
    unique (tenant_id, code),
    unique (region, code),
    check (closed_on is null or closed_on >= opened_on),
    constraint accounts_positive_no check (account_no > 0)
);

-- an unnamed check over two columns gets no column in its name; the one
-- above already took accounts_check
alter table accounts add check (tenant_id <> account_no);

create table products (
    sku        varchar(32) constraint products_sku_pk primary key,
    title      text not null constraint title_not_blank check (title <> ''),
    price      numeric(10,2) not null check (price > 0),
    sale_price numeric(10,2),
    weight_g   int default 0 not null check (weight_g >= 0),
    constraint sale_below_price check (sale_price < price)
);

alter table products
    add constraint products_title_unique unique (title);

create table tags (
    id    serial,
    label text not null,
    slug  text not null
);

-- constraints added entirely after the fact
alter table tags add primary key (id);
alter table tags add unique (slug);
alter table tags add constraint tags_label_len check (length(label) <= 40);
alter table tags add check (slug = lower(slug));

-- a very long table name: default constraint names get truncated to 63 bytes
create table customer_loyalty_program_membership_enrollments_history (
    enrollment_identifier bigint primary key,
    membership_tier_code_value text not null unique,
    points_balance_amount int check (points_balance_amount >= 0)
);

-- generated names must be unique among all constraints in the schema, not
-- just the table's: order_drafts already uses the name orders_qty_check
create table order_drafts (
    qty int,
    constraint orders_qty_check check (qty >= 0)
);
create table orders (
    id  int primary key,
    qty int check (qty > 0)
);

-- index-backed constraints share the relation namespace: an index already
-- holds the name widgets_code_key, so the unique constraint gets _key1
create table widgets (
    id   int primary key,
    code text not null
);
create index widgets_code_key on widgets (lower(code));
alter table widgets add unique (code);

-- exclusion constraints: an unnamed one (named by its columns, like an index), a named one with WHERE
CREATE TABLE bookings (
    id bigint PRIMARY KEY,
    during tsrange NOT NULL,
    area circle,
    cancelled boolean NOT NULL DEFAULT false,
    EXCLUDE USING gist (during WITH &&, area WITH &&),
    CONSTRAINT no_overlap EXCLUDE USING gist (during WITH OPERATOR(pg_catalog.&&)) WHERE (NOT cancelled)
);

-- a key that repeats an earlier one of the same CREATE TABLE is not made (the primary key is kept, and takes a
-- repeated key's name when it has none)
CREATE TABLE repeated_a (id serial NOT NULL UNIQUE, name text, PRIMARY KEY (id));
CREATE TABLE repeated_b (id int UNIQUE, UNIQUE (id));
CREATE TABLE repeated_c (id int PRIMARY KEY, CONSTRAINT repeated_c_named UNIQUE (id));
CREATE TABLE repeated_d (a int, b int, UNIQUE (a, b), UNIQUE (b, a), PRIMARY KEY (a));
