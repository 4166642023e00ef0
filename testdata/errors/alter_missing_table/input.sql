create table users (id int);
alter table user add column email text;
