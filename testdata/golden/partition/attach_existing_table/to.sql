CREATE TABLE orders (id bigint NOT NULL, region text NOT NULL) PARTITION BY LIST (region);
-- a table that becomes a partition, and a partition that becomes a table of its own
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_us (id bigint NOT NULL, region text NOT NULL);
