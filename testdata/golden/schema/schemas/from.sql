create schema old_stuff;
create table old_stuff.t (id int);
