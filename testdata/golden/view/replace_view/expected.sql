CREATE OR REPLACE VIEW public.big_orders AS
select id, customer, total from orders where total > 500;
