create type mood as enum ('sad', 'meh', 'ok');
create function cheer(x mood) returns mood language sql as $$ select 'ok'::mood $$;
create table people (id int, m mood default 'meh');
create view cheered as select id, cheer(m) as m from people;
create domain score as int check (value > 0);
create function bump(s score) returns int language sql as $$ select s + 1 $$;
