create table t (id int);
/* a comment /* nested */ that never ends
create table u (id int);
