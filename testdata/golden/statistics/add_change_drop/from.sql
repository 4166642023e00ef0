CREATE TABLE orders (id bigint PRIMARY KEY, city text, zip text, country text, placed date);
CREATE STATISTICS orders_geo (dependencies) ON city, zip FROM orders;
CREATE STATISTICS orders_country_zip ON country, zip FROM orders;
ALTER STATISTICS orders_country_zip SET STATISTICS 500;
CREATE STATISTICS orders_old ON city, country FROM orders;
COMMENT ON STATISTICS orders_geo IS 'zip decides city';
