CREATE TABLE orders (id int PRIMARY KEY, total numeric, region text);
CREATE TABLE customers (id int PRIMARY KEY);
CREATE SCHEMA archive;
-- a row filter for orders, customers no more, a schema added, inserts only
CREATE PUBLICATION shop FOR TABLE orders WHERE (region = 'eu'), TABLES IN SCHEMA archive
    WITH (publish = 'insert');
COMMENT ON PUBLICATION shop IS 'to the warehouse';
CREATE PUBLICATION everything FOR ALL TABLES WITH (publish_via_partition_root = true);
CREATE PUBLICATION fresh FOR TABLE customers (id);
