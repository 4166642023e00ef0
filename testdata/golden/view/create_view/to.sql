create table orders (id int primary key, customer text, total numeric, placed_at timestamptz);
create view big_orders as select id, customer, total from orders where total > 1000;
create view customer_totals as select customer, sum(total) as total from big_orders group by customer;
