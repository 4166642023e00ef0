CREATE TABLE customers (id bigint PRIMARY KEY);

-- a partitioned table, its key, its partitions (range, default), a partitioned index and foreign key: the
-- partitions' copies of the index, key and foreign key are the server's to make
CREATE TABLE payments (
    id bigint NOT NULL,
    customer_id bigint NOT NULL REFERENCES customers,
    paid_at timestamptz NOT NULL,
    amount numeric(10,2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (id, paid_at)
) PARTITION BY RANGE (paid_at);

CREATE TABLE payments_2024 PARTITION OF payments FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE payments_2025 PARTITION OF payments (amount DEFAULT 0) FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE payments_other PARTITION OF payments DEFAULT;
CREATE INDEX ON payments (customer_id);

-- list and hash partitioning, a key on an expression
CREATE TABLE tags (name text NOT NULL) PARTITION BY LIST (lower(name));
CREATE TABLE tags_ab PARTITION OF tags FOR VALUES IN ('a', 'b');
CREATE TABLE sessions (id uuid NOT NULL) PARTITION BY HASH (id);
CREATE TABLE sessions_0 PARTITION OF sessions FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE sessions_1 PARTITION OF sessions FOR VALUES WITH (MODULUS 2, REMAINDER 1);
