-- Several schemas, qualified and quoted names, mixed case, reserved words.

create schema sales;
create schema "Reporting";
create schema if not exists "user";

create table sales.customers (
    id      serial primary key,
    "Name"  text not null,
    "e-mail" varchar(200),
    "order" int,
    "user"  text,
    "from"  date,
    "to"    date,
    "select" boolean default false,
    "check" text,
    value   numeric,
    type    text,
    "limit" int default 10,
    CamelCase int,
    "CamelCase" int,
    check ("from" <= "to")
);

create table sales."order" (
    id          bigserial primary key,
    customer_id int not null references sales.customers (id),
    "group"     text,
    "desc"      text,
    "Total"     numeric(12,2) check ("Total" >= 0)
);

create table "user"."user" (
    "user"  text primary key,
    "table" text not null,
    "column" text,
    "primary" boolean
);

create table "Reporting"."MonthlyTotals" (
    "Month"      date not null,
    "CustomerId" int not null references sales.customers,
    "Amount"     numeric,
    primary key ("Month", "CustomerId")
);

create table "Reporting".lower_case_table ("ID" int primary key, x int);

create table public."Mixed Case Table" (
    "Id"         int primary key,
    "has space"  text,
    "quote""in"  text,
    "ünïcode"    text,
    "123start"   int,
    _underscore  int,
    "$dollar"    int
);

create index "Idx_Order_Group" on sales."order" ("group");
create index on sales."order" ("desc", "group");
create unique index on "user"."user" (lower("table"));
create index on public."Mixed Case Table" ("has space");

create type sales."Status" as enum ('New', 'Done');
create type "user".kind as enum ('a', 'b');

alter table sales."order" add column status sales."Status" default 'New';
alter table sales."order" add constraint "Order_Group_Check" check ("group" <> '');

create sequence "Reporting"."Report_Seq";

create view "Reporting"."Customer Orders" as
    select c."Name", o.id as "order", o."Total", c."user"
    from sales.customers c
    join sales."order" o on o.customer_id = c.id;

create view "user".v as select "user", "table" from "user"."user";
