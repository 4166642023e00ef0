create table t (id int primary key, zip text, ratio text default '1');
