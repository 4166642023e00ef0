-- a label goes: the type is replaced, and the functions whose signatures name it are dropped first and created
-- again after it (with the view that calls one); a domain's base type changes the same way
create type mood as enum ('sad', 'ok');
create function cheer(x mood) returns mood language sql as $$ select 'ok'::mood $$;
create table people (id int, m mood default 'ok');
create view cheered as select id, cheer(m) as m from people;
create domain score as bigint check (value > 0);
create function bump(s score) returns int language sql as $$ select s + 1 $$;
