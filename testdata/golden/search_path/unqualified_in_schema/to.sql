create schema app;
set search_path = app;
create sequence ticket_no;
create table tickets (id int primary key default nextval('ticket_no'), code text default 'T-' || nextval('ticket_no'));
