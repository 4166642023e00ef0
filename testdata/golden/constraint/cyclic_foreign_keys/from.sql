create table x (id int primary key);
