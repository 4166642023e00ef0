create table orders (id int primary key, customer text, total numeric);
create view big_orders as select id, customer, total from orders where total > 500;
