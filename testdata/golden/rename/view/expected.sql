-- renamed, as told by the hint at to.sql:3:96
ALTER VIEW public.daily_sales RENAME TO sales_per_day;

-- renamed, as told by the hint at to.sql:5:45
ALTER MATERIALIZED VIEW public.monthly_sales RENAME TO sales_per_month;

DROP MATERIALIZED VIEW public.sales_per_month;

CREATE MATERIALIZED VIEW public.sales_per_month AS
select date_trunc('month', sold_on) as month, sum(amount) as total, count(*) as sales from sales group by 1;

-- re-created: dropped together with materialized view public.sales_per_month
CREATE INDEX monthly_sales_month ON public.sales_per_month (month);
