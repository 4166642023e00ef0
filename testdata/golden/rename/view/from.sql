-- Views renamed: one that another view reads, and a materialized view with an index, whose query changes too.
create table sales (id int primary key, amount numeric, sold_on date);
create view daily_sales as select sold_on, sum(amount) as total from sales group by sold_on;
create view best_days as select sold_on from daily_sales where total > 1000;
create materialized view monthly_sales as select date_trunc('month', sold_on) as month, sum(amount) as total from sales group by 1;
create index monthly_sales_month on monthly_sales (month);
comment on view daily_sales is 'per day';
