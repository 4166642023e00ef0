-- the parent's ALTER TABLE reaches every partition: one statement each, none for the partitions
CREATE TABLE logs (
    id bigint NOT NULL,
    at date NOT NULL,
    msg text,
    level text NOT NULL DEFAULT 'info'
) PARTITION BY RANGE (at);
CREATE TABLE logs_old PARTITION OF logs FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
CREATE TABLE logs_new PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO (MAXVALUE);
CREATE INDEX logs_level_idx ON logs (level);
-- but a partition's own default is its own
ALTER TABLE ONLY logs_new ALTER COLUMN level SET DEFAULT 'debug';
COMMENT ON COLUMN logs_new.msg IS 'recent messages';
