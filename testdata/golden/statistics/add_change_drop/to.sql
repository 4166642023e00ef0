CREATE TABLE orders (id bigint PRIMARY KEY, city text, zip text, country text, placed date);
-- more kinds: built again
CREATE STATISTICS orders_geo (dependencies, ndistinct) ON zip, city FROM orders;
COMMENT ON STATISTICS orders_geo IS 'zip decides city';
-- the target back to the default, in place
CREATE STATISTICS orders_country_zip ON country, zip FROM orders;
-- new, over an expression
CREATE STATISTICS orders_month ON country, (date_trunc('month', placed::timestamp)) FROM orders;
