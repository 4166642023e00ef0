create type new_kind as enum ('x', 'y');
create table things (id int primary key, k new_kind);
