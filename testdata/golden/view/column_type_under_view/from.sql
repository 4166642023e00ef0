create table items (id int primary key, price int);
create view expensive as select id, price from items where price > 100;
