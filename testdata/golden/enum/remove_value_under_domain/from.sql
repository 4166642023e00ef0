create type mood as enum ('sad', 'meh', 'ok');
create domain dm as mood check (value <> 'sad');
create table u (d dm);
