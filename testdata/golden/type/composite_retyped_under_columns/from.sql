create type addr as (street text, zip int);
create table customers (id int, home addr, work addr);
create function zip_of(a addr) returns int language sql as $$ select (a).zip $$;
