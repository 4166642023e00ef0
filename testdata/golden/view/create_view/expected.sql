CREATE VIEW public.big_orders AS
select id, customer, total from orders where total > 1000;

CREATE VIEW public.customer_totals AS
select customer, sum(total) as total from big_orders group by customer;
