CREATE TABLE orders (id bigint PRIMARY KEY, amount numeric NOT NULL);
