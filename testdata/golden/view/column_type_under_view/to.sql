create table items (id int primary key, price numeric(12,2));
create view expensive as select id, price from items where price > 100;
