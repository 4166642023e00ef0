-- the primary key gains an INCLUDE column: it is re-created, and the foreign key on it with it
create table parent (id int, name text, primary key (id) include (name));
create table child (id int primary key, parent_id int references parent);
