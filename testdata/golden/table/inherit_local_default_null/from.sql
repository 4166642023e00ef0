create table b (id int, y int default 1, z int default 2);
create table d () inherits (b);
alter table d alter column y drop default;
