CREATE TABLE orders (id bigint NOT NULL, region text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE orders_eu (id bigint NOT NULL, region text NOT NULL);
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
