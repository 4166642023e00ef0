create function f() returns integer language sql as 'SELECT 1';
create table t (a integer default f());
create function next_ticket() returns integer language sql as 'SELECT 1000';
create table tickets (id integer primary key, number integer not null default next_ticket(), code integer default next_ticket() + 1);
