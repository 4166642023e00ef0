create table "user" (id int primary key);
