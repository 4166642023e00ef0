-- Column statistics targets, storage, compression and attribute options, which pg_dump writes as
-- ALTER TABLE ONLY … ALTER COLUMN … SET … after the table (and COMPRESSION in the column definition).
CREATE TABLE docs (
    id bigint PRIMARY KEY,
    body text COMPRESSION pglz,
    kind text,
    amount numeric,
    tags text[]
);
ALTER TABLE docs ALTER COLUMN kind SET STATISTICS 500;
ALTER TABLE docs ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE docs ALTER COLUMN kind SET (n_distinct = 20);
ALTER TABLE docs ALTER COLUMN amount SET STORAGE EXTERNAL;
-- the types' own storage: no setting at all
ALTER TABLE docs ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE docs ALTER COLUMN tags SET STORAGE extended;
-- set and reset again
ALTER TABLE docs ALTER COLUMN id SET STATISTICS 200;
ALTER TABLE docs ALTER COLUMN id SET STATISTICS -1;
ALTER TABLE docs ALTER COLUMN amount SET (n_distinct = 5, n_distinct_inherited = 7);
ALTER TABLE docs ALTER COLUMN amount RESET (n_distinct);
