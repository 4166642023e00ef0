create domain positive_int as int check (value > 0);
create domain code as text;
create domain old_thing as int;
create table t (id int primary key, qty positive_int, c code);
