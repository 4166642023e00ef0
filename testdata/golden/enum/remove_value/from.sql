create type status as enum ('new', 'open', 'closed', 'archived');
create table tickets (id int primary key, s status not null default 'new');
create view open_tickets as select id, s from tickets where s = 'open';
