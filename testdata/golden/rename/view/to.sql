-- Views renamed: one that another view reads, and a materialized view with an index, whose query changes too.
create table sales (id int primary key, amount numeric, sold_on date);
create view sales_per_day as select sold_on, sum(amount) as total from sales group by sold_on; -- schemadiff: renamed from daily_sales
create view best_days as select sold_on from sales_per_day where total > 1000;
create materialized view sales_per_month as -- schemadiff: renamed from monthly_sales
    select date_trunc('month', sold_on) as month, sum(amount) as total, count(*) as sales from sales group by 1;
create index monthly_sales_month on sales_per_month (month);
comment on view sales_per_day is 'per day';
