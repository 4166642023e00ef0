-- Declarative partitioning and table inheritance as written by hand: partitions created with PARTITION OF
-- (pg_dump writes each as a table of its own and attaches it), keys, indexes and foreign keys declared once on
-- the parent (pg_dump writes the partitions' copies and attaches them), columns added to the parent later.
CREATE TABLE customers (id bigint PRIMARY KEY);

CREATE TABLE payments (
    id bigint NOT NULL,
    customer_id bigint NOT NULL REFERENCES customers,
    paid_at timestamptz NOT NULL,
    amount numeric(10,2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (id, paid_at)
) PARTITION BY RANGE (paid_at);

CREATE TABLE payments_2024 PARTITION OF payments FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01');
-- the same instants written with another offset
CREATE TABLE payments_2025 PARTITION OF payments (amount DEFAULT 0)
    FOR VALUES FROM ('2025-01-01 01:00:00+01') TO ('2026-01-01T00:00:00Z');
CREATE TABLE payments_other PARTITION OF payments DEFAULT;
CREATE INDEX ON payments (customer_id);
ALTER TABLE payments ADD COLUMN note text DEFAULT '';
ALTER TABLE payments ALTER COLUMN note SET NOT NULL;
COMMENT ON TABLE payments_2024 IS 'closed year';

-- sub-partitioning, list and hash, an expression key
CREATE TABLE tags (name text NOT NULL, kind integer NOT NULL) PARTITION BY LIST (lower(name));
CREATE TABLE tags_ab PARTITION OF tags FOR VALUES IN ('a', 'b') PARTITION BY HASH (kind);
CREATE TABLE tags_ab_0 PARTITION OF tags_ab FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE tags_ab_1 PARTITION OF tags_ab FOR VALUES WITH (modulus 2, remainder 1);
CREATE TABLE counters (k integer NOT NULL) PARTITION BY RANGE (k);
CREATE TABLE counters_low PARTITION OF counters FOR VALUES FROM (MINVALUE) TO ('100');
CREATE TABLE counters_high PARTITION OF counters FOR VALUES FROM (100) TO (MAXVALUE);

-- inheritance: the child lists only its own columns in pg_dump
CREATE TABLE animals (id bigint NOT NULL, name text NOT NULL DEFAULT 'x', CHECK (name <> ''));
CREATE TABLE cats (lives integer DEFAULT 9) INHERITS (animals);
CREATE TABLE dogs (name text NOT NULL DEFAULT 'rex', good boolean) INHERITS (animals);
ALTER TABLE animals ADD COLUMN born date;

-- storage parameters
CREATE TABLE hot (id bigint) WITH (fillfactor = 70, autovacuum_enabled = false);
ALTER TABLE hot SET (toast.autovacuum_enabled = false);
ALTER TABLE hot RESET (autovacuum_enabled);

-- a primary key added to a partitioned table after its partitions: NOT NULL reaches them too
create table hashed (id int) partition by hash (id);
create table hashed0 partition of hashed for values with (modulus 2, remainder 0);
create table hashed1 partition of hashed for values with (modulus 2, remainder 1);
alter table hashed add primary key (id);

-- a check on a parent reaches partitions of partitions (pg_dump writes each with its copy, then attaches)
create table regional (id int, ts date, region text, check (id > 0)) partition by range (ts);
create table regional_2024 partition of regional for values from ('2024-01-01') to ('2025-01-01')
    partition by list (region);
create table regional_2024_eu partition of regional_2024 for values in ('eu');
