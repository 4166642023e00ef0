create table parent (id int primary key, name text);
create table child (id int primary key, parent_id int references parent);
