-- extended statistics, as a tuned schema keeps them
create table orders (id bigint primary key, city text, zip text, country text, placed date);
create statistics orders_geo (dependencies) on zip, city from orders;
create statistics orders_country_zip on country, zip from orders;
alter statistics orders_country_zip set statistics 500;
create statistics orders_month on country, (date_trunc('month', placed::timestamp)) from orders;
comment on statistics orders_geo is 'zip decides city';
