-- the functions' result types change: they are dropped and created again, and the defaults that call them are
-- taken off before and set again after (the column types change too in tickets)
create function f() returns bigint language sql as 'SELECT 1';
create table t (a integer default f());
create function next_ticket() returns bigint language sql as 'SELECT 1000';
create table tickets (id integer primary key, number bigint not null default next_ticket(), code text default next_ticket() + 1);
