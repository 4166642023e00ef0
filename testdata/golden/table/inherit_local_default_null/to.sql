-- a child's column written again with DEFAULT NULL takes the parent's default away (pg_dump writes it so): the
-- two schemas are one; z's default changes on the child only
create table b (id int, y int default 1, z int default 2);
create table d (id int, y int default null, z int default 3) inherits (b);
