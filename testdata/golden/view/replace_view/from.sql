create table orders (id int primary key, customer text, total numeric);
create view big_orders as select id, customer from orders where total > 1000;
