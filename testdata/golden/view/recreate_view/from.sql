create table orders (id int primary key, customer text, total numeric);
create view big_orders as select id, customer, total from orders where total > 1000;
create view big_customers as select distinct customer from big_orders;
