create table sales (id int primary key, region text, amount numeric);
create materialized view by_region as select region, sum(amount) as total, count(*) as n from sales group by region;
create unique index on by_region (region);
