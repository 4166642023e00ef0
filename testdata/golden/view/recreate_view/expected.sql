-- re-created: view public.big_orders is dropped or re-created
DROP VIEW public.big_customers;

DROP VIEW public.big_orders;

CREATE VIEW public.big_orders AS
select customer, total from orders where total > 1000;

-- re-created: view public.big_orders is dropped or re-created
CREATE VIEW public.big_customers AS
select distinct customer from big_orders;
